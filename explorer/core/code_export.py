"""A network as one standalone PyTorch file a student can take home: it imports only torch and the standard
library, holds the config (as a JSON comment and as the ``CONFIG`` constant it builds from) and runs as a
script (parameter count, one forward pass; a checkpoint's weights if given one).

The file is made from the model modules' own source (``inspect.getsource`` of the network class and of every
helper it names, followed through the modules), so there is one definition of each network. The family's
config dataclass is replaced by a stand-in holding its fields and copies of the properties and methods the
modules read (``config.units_per_stage`` ...), so nothing of this package is needed to run it.
"""

from __future__ import annotations

import ast
import inspect
import json
import math
import os
import re
import sys
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from .config import config_to_dict
from .families import spec_of
from .families.base import FamilyConfig
from .io import atomic_write_text

__all__ = ["python_source", "export_python", "config_json_of"]

_TYPE_IGNORE = re.compile(r"\s+# type: ignore\[[^\]]*\]")
_CONFIG_NAMES = ("config", "cfg")  # how the modules name the config they read
_ALLOWED_ROOTS = {"torch"} | set(sys.stdlib_module_names)


def _clean(obj: Any) -> str:
    return _TYPE_IGNORE.sub("", textwrap.dedent(inspect.getsource(obj))).rstrip() + "\n"


def _names(tree: ast.AST) -> list[str]:
    """Every name read in ``tree``, in the order of the source, once each."""
    nodes = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Name)), key=lambda n: (n.lineno, n.col_offset))
    return list(dict.fromkeys(n.id for n in nodes))


def _config_reads(tree: ast.AST) -> list[str]:
    """Attributes read from the config: ``config.x``, ``cfg.x``, ``self.config.x``."""
    reads = []
    for n in ast.walk(tree):
        if not isinstance(n, ast.Attribute):
            continue
        v = n.value
        if (isinstance(v, ast.Name) and v.id in _CONFIG_NAMES) or (
                isinstance(v, ast.Attribute) and v.attr == "config" and isinstance(v.value, ast.Name)
                and v.value.id == "self"):
            reads.append(n.attr)
    return reads


def _plain_constant(value: Any) -> bool:
    """A value whose repr is its own source: a string, number, bool or None, or a tuple of those."""
    if isinstance(value, tuple):
        return all(_plain_constant(v) for v in value)
    if type(value) is float:
        return math.isfinite(value)
    return value is None or type(value) in (str, int, bool)


def _self_reads(tree: ast.AST) -> list[str]:
    return [n.attr for n in ast.walk(tree)
            if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "self"]


def _import_line(name: str, value: Any) -> str:
    """The import that binds ``name`` to ``value`` (a module, or a class/function of torch or the stdlib)."""
    full = value.__name__ if inspect.ismodule(value) else value.__module__
    if full.split(".")[0] not in _ALLOWED_ROOTS:
        raise TypeError(f"{name} comes from {full}: the exported file imports only torch and the standard library")
    if inspect.ismodule(value):
        parent, _, last = full.rpartition(".")
        if full == name:
            return f"import {name}"
        return f"from {parent} import {name}" if parent and last == name else f"import {full} as {name}"
    return f"from {full} import {value.__name__}" + ("" if value.__name__ == name else f" as {name}")


@dataclass
class _Gatherer:
    """Collects, dependencies first, the source of everything the network class names."""

    config_class: type
    imports: dict[str, str] = field(default_factory=dict)
    chunks: list[tuple[str, int, str]] = field(default_factory=list)  # (module, line, source)
    seen: set[Any] = field(default_factory=set)
    config_reads: list[str] = field(default_factory=list)
    other_configs: list[str] = field(default_factory=list)

    def visit(self, obj: Any) -> None:
        if obj in self.seen:
            return
        self.seen.add(obj)
        src = _clean(obj)
        tree = ast.parse(src)
        self.config_reads += _config_reads(tree)
        self.use_names(tree, vars(sys.modules[obj.__module__]), obj.__module__)
        self.chunks.append((obj.__module__, inspect.getsourcelines(obj)[1], src))

    def use_names(self, tree: ast.AST, module_globals: dict[str, Any], module: str = "") -> None:
        for name in _names(tree):
            if name in module_globals and name != "annotations":
                self.use(name, module_globals[name], module)

    def constant(self, name: str, value: Any, module: str) -> None:
        """A module constant (a string, number or tuple of them, e.g. DEFAULT_IMPLEMENTATION) written as
        ``NAME = value`` where its module defines it, so that it precedes the code that reads it."""
        if (module, name) in self.seen:
            return
        self.seen.add((module, name))
        try:
            source = inspect.getsource(sys.modules[module])
        except (OSError, TypeError, KeyError):
            source = ""
        found = re.search(rf"^{re.escape(name)}\s*(:[^=\n]*)?=", source, re.MULTILINE)
        line = source.count("\n", 0, found.start()) + 1 if found else 0
        self.chunks.append((module, line, f"{name} = {value!r}\n"))

    def use(self, name: str, value: Any, module: str = "") -> None:
        if isinstance(value, type) and issubclass(value, FamilyConfig):
            if value is not self.config_class and name not in self.other_configs:
                self.other_configs.append(name)
        elif (inspect.isclass(value) or inspect.isfunction(value)) and value.__module__.startswith("explorer."):
            self.visit(value)
            if value.__name__ != name:  # a module-level alias, e.g. ``join_schedule = fractal_join_schedule``
                line = inspect.getsourcelines(value)[1]
                self.chunks.append((value.__module__, line, f"{name} = {value.__name__}\n"))
        elif inspect.ismodule(value) or inspect.isclass(value) or callable(value):
            self.imports.setdefault(name, _import_line(name, value))
        elif module and _plain_constant(value):
            self.constant(name, value, module)
        else:
            raise TypeError(f"{name} = {value!r}: a module constant the exported file would need")

    def config_members(self) -> list[str]:
        """Source of the config's properties, methods and class constants the modules read (and those read)."""
        cls = self.config_class
        field_names = {f.name for f in fields(cls)}
        todo, done, members = list(self.config_reads), set(), []
        while todo:
            attr = todo.pop(0)
            if attr in done or attr in field_names:
                continue
            done.add(attr)
            owner = next((k for k in cls.__mro__ if attr in vars(k)), None)
            if owner is None:  # read on another family's path only (the plain net never reads ``shortcut``)
                continue
            member = vars(owner)[attr]
            fn = member.fget if isinstance(member, property) else member
            if not inspect.isfunction(fn):
                members.append(f"{attr} = {member!r}\n")
                continue
            src = _clean(fn)
            tree = ast.parse(src)
            todo += _self_reads(tree)
            self.use_names(tree, vars(sys.modules[owner.__module__]))
            members.append(src)
        return members


def _stand_in(config: Any, gatherer: _Gatherer) -> str:
    cls = type(config)
    members = gatherer.config_members()
    lines = ["@dataclass(frozen=True)", f"class {cls.__name__}:",
             f'    """The fields of the app\'s {cls.__name__} and what the modules above read of it."""',
             ""]
    lines += [f"    {f.name}: {f.type}" for f in fields(cls)]
    for member in members:
        lines += [""] + [f"    {line}" if line else "" for line in member.rstrip().splitlines()]
    text = "\n".join(lines) + "\n"
    for name in gatherer.other_configs:
        text += (f"\n\nclass {name}:\n    \"\"\"Another family's config, named in the code above; this network's "
                 f"is a {cls.__name__}.\"\"\"\n")
    return text


_HEADER = '''"""{title}: a standalone PyTorch definition exported by DenseNet Explorer.

It needs only torch. Run it to print the parameter count and the output shape of one forward pass on a
random input:  python THIS_FILE.py [CHECKPOINT]  (a checkpoint saved by DenseNet Explorer, or a state_dict file,
is loaded with strict=True first). Module names are the app's (torchvision's for DenseNet), so its
checkpoints load here. ``build_model()`` returns the network of CONFIG.
"""

# The config as JSON (DenseNet Explorer reads it: File -> Open config; explorer summary --config FILE):
{json_comment}

from __future__ import annotations

'''

_FOOTER = '''

CONFIG = {config}
TITLE = {title}


def make_config(data: dict) -> {config_class}:
    """CONFIG as the dataclass the modules read (JSON lists become tuples)."""
    values = {{k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k != "family"}}
    return {config_class}(**values)


def build_model() -> nn.Module:
    return {model_class}(make_config(CONFIG))


def load_weights(model: nn.Module, path: str) -> None:
    """Weights from a DenseNet Explorer checkpoint (its "model" entry) or a plain state_dict file."""
    data = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(data["model"] if "model" in data else data, strict=True)


if __name__ == "__main__":
    import sys

    torch.manual_seed(0)
    model = build_model()
    if len(sys.argv) > 1:
        load_weights(model, sys.argv[1])
    model.eval()
    print(f"{{TITLE}}: {{sum(p.numel() for p in model.parameters()):,}} parameters")
    x = torch.randn(1, CONFIG["in_channels"], CONFIG["input_size"], CONFIG["input_size"])
    with torch.no_grad():
        y = model(x)
    print(f"input {{tuple(x.shape)}} -> output {{tuple(y.shape)}}")
'''


def _import_block(lines: Iterable[str]) -> str:
    """The imports, standard library first, then torch; ``from m import a`` lines of one module merged."""
    plain: set[str] = set()
    froms: dict[str, set[str]] = {}
    for line in lines:
        if line.startswith("from "):
            module, _, names = line[5:].partition(" import ")
            froms.setdefault(module, set()).add(names)
        else:
            plain.add(line)
    groups: list[list[str]] = [[], []]
    for line in plain:
        groups[line.split()[1].startswith("torch")].append(line)
    for module, names in froms.items():
        groups[module.startswith("torch")].append(f"from {module} import {', '.join(sorted(names))}")
    key = (lambda t: (t.startswith("from "), t.split()[1]))
    return "\n\n".join("\n".join(sorted(g, key=key)) for g in groups if g)


def _json_lines(data: dict[str, Any]) -> list[str]:
    """The config as JSON, one field a line (the app's File -> Open config reads it)."""
    items = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in data.items()]
    return ["{", *(item + "," for item in items[:-1]), *items[-1:], "}"]


def _literal(data: dict[str, Any]) -> str:
    """The config as a Python dict literal, one field a line (JSON's double quotes for strings)."""
    return "{\n" + "".join(f"    {json.dumps(k)}: {json.dumps(v) if isinstance(v, str) else repr(v)},\n"
                           for k, v in data.items()) + "}"


def python_source(config: Any) -> str:
    """The standalone file's text for ``config`` (any family)."""
    model_class = spec_of(config).model_class()
    gatherer = _Gatherer(type(config))
    gatherer.visit(model_class)
    stand_in = _stand_in(config, gatherer)
    for name, line in (("dataclass", "from dataclasses import dataclass"), ("torch", "import torch"),
                       ("nn", "from torch import nn")):
        gatherer.imports.setdefault(name, line)
    # Helpers of other modules first, then the model module's definitions in the order its file has them.
    chunks = sorted(gatherer.chunks, key=lambda c: (c[0] == model_class.__module__, c[0], c[1]))
    title = str(config.title)
    json_comment = "\n".join(f"# {line}" for line in _json_lines(config_to_dict(config)))
    body = "\n\n".join([*(c[2] for c in chunks), stand_in])
    return (_HEADER.format(title=title, json_comment=json_comment) + _import_block(gatherer.imports.values())
            + "\n\n\n" + body + _FOOTER.format(config=_literal(config_to_dict(config)), title=repr(title),
                                               config_class=type(config).__name__, model_class=model_class.__name__))


def export_python(config: Any, path: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> int:
    """Write the standalone file atomically (refusing what every export refuses); returns its size in bytes."""
    text = python_source(config)
    atomic_write_text(path, text, inputs=inputs)
    return len(text.encode("utf-8"))


def config_json_of(text: str) -> dict[str, Any]:
    """The config an exported file holds, read back from its JSON comment block."""
    block = re.search(r"^# \{\n(?:#.*\n)*?# \}$", text, re.M)
    if block is None:
        raise ValueError("no config comment block")
    return json.loads("\n".join(line[2:] for line in block.group(0).splitlines()))
