"""Help → "DenseNet in 5 minutes": the paper's ideas with the current network's own numbers, updated as it changes.

The facts come from explorer.core.explain (Qt-free, from the config and its ledger); this page only words them,
through ``self.tr()`` templates, as rich text in a QTextBrowser. The formulas are language-neutral HTML built here;
every number and name put into the HTML is escaped. Each formula is a link: clicking it emits ``sig_point``
(the config field it explains, and the part of the diagram: a layer, a block's connections, a transition);
the main window focuses and highlights both.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...core.explain import DenseFacts, Explanation, PaperTables, explain, paper_tables
from ...core.format import millions
from ...core.ledger import Ledger
from ..state import AppState
from .base import Panel
from .deferred import DeferredUpdate

__all__ = ["HelpPage", "FORMULAS", "parse_link"]

# The formulas, as HTML (the same in every language).
FORMULAS = {
    "dense": "<i>x</i><sub>ℓ</sub> = <i>H</i><sub>ℓ</sub>([<i>x</i><sub>0</sub>, <i>x</i><sub>1</sub>, …, "
             "<i>x</i><sub>ℓ−1</sub>])",
    "resnet": "<i>x</i><sub>ℓ</sub> = <i>H</i><sub>ℓ</sub>(<i>x</i><sub>ℓ−1</sub>) + <i>x</i><sub>ℓ−1</sub>",
    "channels": "<i>k</i><sub>0</sub> + <i>k</i>·(ℓ−1)",
    "k0": "<i>k</i><sub>0</sub>",
    "connections": "<i>L</i>(<i>L</i>+1)/2",
    "compression": "⌊θ·<i>m</i>⌋",
}
LINK = "explain:"


def parse_link(url: str) -> tuple[str, str, int, int] | None:
    """ "explain:growth_rate/layer/1/2" -> ("growth_rate", "layer", 1, 2); None for anything else."""
    if not url.startswith(LINK):
        return None
    parts = url[len(LINK):].split("/")
    if len(parts) != 4:
        return None
    try:
        return parts[0], parts[1], int(parts[2]), int(parts[3])
    except ValueError:
        return None


def _link(html: str, field: str, kind: str, block: int, layer: int = 0) -> str:
    return f'<a class="f" href="{LINK}{field}/{kind}/{block}/{layer}">{html}</a>'


def _num(value: float) -> str:
    return f"{value:g}"


class HelpPage(Panel):
    # (config field, diagram part "layer" / "block" / "transition", block, layer): a formula was clicked.
    sig_point = Signal(str, str, int, int)
    sig_show_animation = Signal()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("HelpPage", "DenseNet in 5 minutes")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setDefaultStyleSheet(
            "a.f { text-decoration: none; } h3 { margin-top: 14px; } td, th { padding: 2px 5px; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.browser)
        self.facts: Explanation | None = None
        self.deferred = DeferredUpdate(self, self._render)
        state.sig_config_changed.connect(self._on_config)
        self.retranslate()

    # -- following the network ---------------------------------------------------------------------------
    def _on_config(self, _config: Any, _ledger: Ledger) -> None:
        self.deferred.request()

    def flush(self) -> None:
        self.deferred.flush()

    def _render(self) -> None:
        self.facts = explain(self.state.config, self.state.ledger)
        bar = self.browser.verticalScrollBar()
        top = bar.value()
        self.browser.setHtml(self.html(self.facts, paper_tables()))
        bar.setValue(top)  # the reader stays where they were reading

    def _follow(self, url: QUrl) -> None:
        text = url.toString()
        if text == "animation:":
            self.sig_show_animation.emit()
            return
        target = parse_link(text)
        if target is not None:
            self.sig_point.emit(*target)

    # -- the page --------------------------------------------------------------------------------------
    def html(self, facts: Explanation, tables: PaperTables) -> str:
        d = facts.dense
        parts = [f"<h2>{escape(self.title())}</h2>"]
        if facts.own:
            parts.append("<p>" + self.tr(
                "With the numbers of the current network: <b>{title}</b>, {params} parameters. Change it in the "
                "Network panel and this page follows. Click a formula to see its field and its place in the "
                "diagram.").format(title=escape(d.title), params=f"{d.params:,}") + "</p>")
        else:
            parts.append("<p>" + self.tr(
                "The current network, <b>{title}</b>, is not a DenseNet: its blocks have {layers} layers and "
                "{connections} connections. The numbers below are those of the paper's <b>{reference}</b>; "
                "choose a DenseNet in the Network panel to see its own.").format(
                title=escape(facts.title), layers=", ".join(map(str, facts.stage_layers)),
                connections=", ".join(map(str, facts.stage_connections)), reference=escape(d.title)) + "</p>")
        parts += self._connectivity(d, facts.own)
        parts += self._channels(d, facts.own)
        parts += self._connections(d, facts.own)
        parts += self._bottleneck(d, facts.own)
        parts += self._compression(d, facts.own)
        parts += self._tables(d, tables)
        label = escape(self.tr("Dense block animation"))  # outside the f-string, where lupdate finds it
        link = f'<a href="animation:">{label}</a>'
        parts.append("<p>" + self.tr("See block 1 built layer by layer: {link}.").format(link=link) + "</p>")
        return "\n".join(parts)

    def _f(self, key: str, own: bool, field: str, kind: str, block: int, layer: int = 0) -> str:
        """A formula, linked to its field and its part of the diagram when they show the current network."""
        return self._f_text(FORMULAS[key], own, field, kind, block, layer)

    def _connectivity(self, d: DenseFacts, own: bool) -> list[str]:
        layer = min(3, d.first.layers)
        return [
            "<h3>" + self.tr("1. Dense connectivity") + "</h3>",
            "<p>" + self.tr(
                "A ResNet layer adds its input to what it computes: {resnet}. A DenseNet layer receives the feature "
                "maps of <b>all</b> earlier layers of its block, concatenated, and adds k new ones: {dense}. "
                "Nothing is summed away: every later layer reads every earlier map (feature reuse).").format(
                resnet=self._f("resnet", own, "family", "layer", 1, layer),
                dense=self._f("dense", own, "family", "layer", 1, layer)) + "</p>"]

    def _channels(self, d: DenseFacts, own: bool) -> list[str]:
        first = d.first
        title = self.tr("2. Channels: layer ℓ receives {formula}").format(formula=FORMULAS["channels"])
        items = []
        for e in d.examples:
            work = f"{e.k0} + {e.growth_rate}·({e.layer}−1) = {e.in_channels}"
            items.append("<li>" + self.tr("layer {layer}: {work} channels").format(
                layer=e.layer, work=_link(work, "growth_rate", "layer", 1, e.layer) if own else work) + "</li>")
        end = f"{first.in_channels} + {d.growth_rate}·{first.layers} = {first.out_channels}"
        return [
            f"<h3>{title}</h3>",
            "<p>" + self.tr(
                "Each layer adds k feature maps (the growth rate, here {formula}), so layer ℓ of a block receives "
                "the block's input, {k0} maps, plus k maps from each of the ℓ−1 layers before it. Block 1 of this "
                "network starts with k₀ = {k0value} maps:").format(
                formula=self._f_text(f"<i>k</i> = {d.growth_rate}", own, "growth_rate", "layer", 1,
                                     min(2, first.layers)),
                k0=self._f("k0", own, "init_features", "layer", 1, 1), k0value=first.in_channels) + "</p>",
            "<ul>" + "".join(items) + "</ul>",
            "<p>" + self.tr("Block 1 ends with k₀ + k·L = {work} channels.").format(work=end) + "</p>"]

    @staticmethod
    def _f_text(html: str, own: bool, field: str, kind: str, block: int, layer: int = 0) -> str:
        return _link(html, field, kind, block, layer) if own else html

    def _connections(self, d: DenseFacts, own: bool) -> list[str]:
        title = self.tr("3. Connections: {formula} per block").format(
            formula=self._f("connections", own, "block_layers", "block", 1))
        sizes = sorted({b.layers for b in d.blocks}, key=[b.layers for b in d.blocks].index)
        work = ", ".join(f"{n}·{n + 1}/2 = {n * (n + 1) // 2:,}" for n in sizes)
        wrong = f"{d.depth}·{d.depth + 1}/2 = {d.depth_count:,}"
        return [
            f"<h3>{title}</h3>",
            "<p>" + self.tr(
                "Layer ℓ has ℓ inputs (x₀ … x<sub>ℓ−1</sub>), so a block of L layers has 1 + 2 + … + L = "
                "L(L+1)/2 direct connections.") + "</p>",
            "<p>" + self.tr(
                "<b>Here L is the number of layers in one block, not the network's depth.</b> {title} has depth "
                "L = {depth}, but its blocks have {layers} layers: {work} connections per block, {total} in "
                "all; not {wrong}.").format(
                title=escape(d.title), depth=d.depth, layers=", ".join(str(b.layers) for b in d.blocks),
                work=self._f_text(work, own, "block_layers", "block", 1), total=f"{d.connections:,}",
                wrong=wrong) + "</p>"]

    def _bottleneck(self, d: DenseFacts, own: bool) -> list[str]:
        widest = d.largest_input
        formula = "4<i>k</i>" if d.bn_size == 4 else f"{d.bn_size}<i>k</i>"
        title = self.tr("4. Bottleneck: {formula} channels").format(
            formula=self._f_text(formula, own, "bottleneck", "layer", widest.index, widest.layers))
        work = f"{d.bn_size}·{d.growth_rate} = {d.bottleneck_channels}"
        if d.bottleneck:
            text = self.tr(
                "The input of a layer keeps growing: in block {block} the last layer receives {cin} channels. "
                "DenseNet-B puts a 1×1 convolution to {formula} = {work} maps before each 3×3 convolution, which "
                "then makes the k = {k} new maps: BN-ReLU-Conv(1×1)-BN-ReLU-Conv(3×3).")
        else:
            text = self.tr(
                "This network has no bottleneck: each 3×3 convolution reads all k₀ + k·(ℓ−1) input channels (in "
                "block {block} the last layer reads {cin}). With the bottleneck (DenseNet-B) a 1×1 convolution "
                "would first cut them to {formula} = {work} maps, and the 3×3 convolution would make the k = {k} "
                "new maps from those.")
        return [f"<h3>{title}</h3>", "<p>" + text.format(
            block=widest.index, cin=widest.last_in_channels,
            formula=self._f_text(formula, own, "bn_size", "layer", widest.index, widest.layers),
            work=work, k=d.growth_rate) + "</p>"]

    def _compression(self, d: DenseFacts, own: bool) -> list[str]:
        title = self.tr("5. Compression: a transition keeps {formula}").format(
            formula=self._f("compression", own, "compression", "transition", 1))
        t = d.first_transition
        if t is None:
            return [f"<h3>{title}</h3>", "<p>" + self.tr(
                "This network has one block, so no transition: θ has nothing to compress.") + "</p>"]
        work = f"⌊{_num(t.compression)}·{t.in_channels}⌋ = {t.out_channels}"
        text = self.tr(
            "Between two blocks a transition layer (BN, 1×1 convolution, 2×2 average pooling) halves the size of "
            "the maps ({a}×{a} → {b}×{b}) and keeps ⌊θ·m⌋ of the m channels it receives. Here θ = {theta}: "
            "transition 1 receives m = {m} channels and keeps {work}.").format(
            a=t.in_size, b=t.out_size, theta=_num(t.compression), m=t.in_channels,
            work=self._f_text(work, own, "compression", "transition", 1))
        if t.compression == 1:
            text += " " + self.tr("θ = 1 keeps them all (no compression); DenseNet-BC uses θ = 0.5.")
        return [f"<h3>{title}</h3>", f"<p>{text}</p>"]

    def _tables(self, d: DenseFacts, tables: PaperTables) -> list[str]:
        net = tables.imagenet[0]
        blocks = "+".join(map(str, net.block_layers))
        out = ["<h3>" + self.tr("6. Why the paper's tables look as they do") + "</h3>", "<p>" + self.tr(
            "<b>Table 1 (ImageNet).</b> DenseNet-121, -169, -201 and -264 are all DenseNet-BC with k = {k} and "
            "k₀ = 2k = {k0}; they differ only in the layers of blocks 3 and 4. The output sizes {sizes} come "
            "from the 7×7 convolution and the max pool (each of stride 2), then one halving per transition. The "
            "name counts the layers with weights: two convolutions per dense layer, three transitions, the first "
            "convolution and the classifier: 2·({blocks}) + 3 + 1 + 1 = {depth}.").format(
            k=net.growth_rate, k0=net.init_features, sizes=" → ".join(map(str, tables.imagenet_sizes)),
            blocks=blocks, depth=net.depth) + "</p>"]
        head = [self.tr("Network"), self.tr("Layers per block"), self.tr("Depth"), self.tr("Parameters")]
        rows = []
        for r in tables.imagenet:
            depth = str(r.depth)
            if not r.label.endswith(str(r.depth)):
                depth += " (" + self.tr("the name says {n}").format(n=escape(r.label.rsplit("-", 1)[-1])) + ")"
            rows.append([escape(r.label), ", ".join(map(str, r.block_layers)), depth, f"{r.params:,}"])
        out.append(self._table(head, rows, [r.preset == d.preset for r in tables.imagenet]))
        by = {r.preset: r for r in tables.cifar}
        dn, bc, wide = by["densenet-l100-k12"], by["densenet-bc-l100-k12"], by["densenet-l100-k24"]
        out.append("<p>" + self.tr(
            "<b>Table 2 (CIFAR).</b> Three equal blocks on 32×32 images: depth L = 3n + 4 without the bottleneck, "
            "so n = (L−4)/3 layers per block, and L = 6n + 4 with it (two convolutions per layer), n = (L−4)/6. "
            "At the same depth L = 100, DenseNet has {n_dn} layers per block and {p_dn} parameters, DenseNet-BC "
            "{n_bc} and {p_bc}: that is the bottleneck and the compression. Doubling k from 12 to 24 almost "
            "quadruples the parameters ({p_dn} → {p_wide}): a convolution's weights are its input channels "
            "times its output channels, and both grow with k.").format(
            n_dn=dn.block_layers[0], p_dn=millions(dn.params), n_bc=bc.block_layers[0], p_bc=millions(bc.params),
            p_wide=millions(wide.params)) + "</p>")
        # L and k are in each network's name: no columns of their own, so that the names have room to wrap at
        # their spaces in the side column (squeezed, "DenseNet-BC (k=40), L=190" broke inside words).
        head = [self.tr("Network"), self.tr("Layers per block"), self.tr("Parameters"), self.tr("Paper"),
                self.tr("C10+ error")]
        rows = [[escape(r.label), str(r.block_layers[0]), millions(r.params), escape(r.paper_params or "–"),
                 f"{r.error_c10_plus:.2f} %" if r.error_c10_plus is not None else "–"] for r in tables.cifar]
        out.append(self._table(head, rows, [r.preset == d.preset for r in tables.cifar]))
        if d.preset in by or d.preset in {r.preset for r in tables.imagenet}:
            out.append("<p>" + self.tr("The current network is in the table (in bold): {name}.").format(
                name=escape(d.title)) + "</p>")
        if d.cifar_rule is not None:
            depth, div, n = d.cifar_rule
            out.append("<p>" + self.tr("The current network follows the CIFAR rule: ({depth}−4)/{div} = {n} layers per "
                                  "block.").format(depth=depth, div=div, n=n) + "</p>")
        return out

    @staticmethod
    def _table(head: list[str], rows: list[list[str]], current: list[bool]) -> str:
        """A table of the paper's networks; the current network's row in bold."""
        cells = "".join(f"<th>{escape(h)}</th>" for h in head)
        body = "".join("<tr>" + "".join(f"<td><b>{c}</b></td>" if bold else f"<td>{c}</td>" for c in row) + "</tr>"
                       for row, bold in zip(rows, current))
        # 99%: Qt lays a bordered table that fills the page out 1 px wider than the page at about half of all
        # widths (a horizontal scroll bar under the text in the side column).
        return f'<table border="1" cellspacing="0" width="99%"><tr>{cells}</tr>{body}</table>'

    # -- language --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The whole page is words around numbers: it is rendered again, now."""
        self.deferred.request()
        self.deferred.flush()
