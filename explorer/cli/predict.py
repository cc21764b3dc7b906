"""`explorer predict`: classify images with a trained checkpoint or torchvision's ImageNet weights."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from ..core.pretrained import PRETRAINED_NAMES
from .common import whole_number
from .text import say, shown


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("predict", help="classify images with a checkpoint or ImageNet-pretrained weights",
                       description="Top-k classes of each image. A checkpoint written by `explorer train` "
                       "carries its network, class names and normalisation; --pretrained uses torchvision's "
                       "ImageNet weights from torch hub's cache, --weights FILE, or a download when online.")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--checkpoint", metavar="FILE", help="a checkpoint written by the app or `explorer train`")
    src.add_argument("--pretrained", choices=PRETRAINED_NAMES, help="torchvision's ImageNet weights")
    p.add_argument("--weights", metavar="FILE", help="with --pretrained: the weights file (.pth) to use")
    p.add_argument("--offline", action="store_true",
                   help="with --pretrained: never download; use the cache or --weights only")
    p.add_argument("images", nargs="+", metavar="IMAGE", help="image files (PNG, JPEG, BMP, GIF, TIFF, WebP, ...)")
    p.add_argument("--top-k", type=whole_number, default=5, metavar="K", help="how many classes to list (default 5)")
    p.add_argument("--json", action="store_true", help="print one JSON object per image, one per line")
    p.add_argument("--gradcam", metavar="OUT.png",
                   help="also write the Grad-CAM of the top class over the image (several images: OUT-NAME.png)")
    p.add_argument("--device", default="cpu", help="cpu, cuda, cuda:N or mps (default cpu)")
    p.add_argument("--channels-last", action=argparse.BooleanOptionalAction, default=None,
                   help="channels_last (NHWC) memory format, or not (default: whichever a few interleaved "
                   "forward passes of this network measure faster on this device)")
    p.set_defaults(func=run)


def gradcam_path(out: str, image: Path, several: bool) -> Path:
    out_path = Path(out)
    if not several:
        return out_path
    return out_path.with_name(f"{out_path.stem}-{image.stem}{out_path.suffix or '.png'}")


def gradcam_paths(out: str, images: list[Path]) -> list[Path]:
    """One Grad-CAM file per image: OUT.png for one image, OUT-NAME.png for several. Two different images
    with one name (a/cat.png, b/cat.jpg) get OUT-cat-1.png, OUT-cat-2.png: never one file for both. The same
    image given twice keeps one name."""
    several = len(images) > 1
    names = [gradcam_path(out, p, several) for p in images]
    real = [os.path.realpath(p) for p in images]
    groups: dict[Path, list[str]] = {}
    for name, r in zip(names, real):
        seen = groups.setdefault(name, [])
        if r not in seen:
            seen.append(r)
    result = []
    for name, r in zip(names, real):
        files = groups[name]
        result.append(name if len(files) == 1 else name.with_name(f"{name.stem}-{files.index(r) + 1}{name.suffix}"))
    return result


def run(args: argparse.Namespace) -> int:
    from ..core.config import ConfigError
    from ..core.images import check_image, load_image
    from ..core.io import output_target
    from . import CliError

    if args.weights and not args.pretrained:
        raise CliError("--weights goes with --pretrained (a checkpoint carries its own weights)")
    if args.top_k < 1:
        raise ConfigError("top_k", args.top_k, "must be at least 1", "1 or more")
    if args.gradcam and Path(args.gradcam).suffix.lower() not in ("", ".png"):
        raise CliError(f"--gradcam {args.gradcam}: the picture is written as PNG; name it OUT.png")
    # Every image is checked before the network loads (what the path is, its header, whether its decoded
    # size fits), so a bad file costs no waiting; each is decoded only when its turn comes, one at a time.
    paths = [Path(p) for p in args.images]
    for p in paths:
        check_image(p)
    inputs = [*paths, *(p for p in (args.checkpoint, args.weights) if p)]
    outputs = gradcam_paths(args.gradcam, paths) if args.gradcam else []
    for out in outputs:  # an input (the photograph itself, the checkpoint) is never written over
        output_target(out, inputs)

    from ..core.devices import resolve_device
    from ..core.images import overlay_heatmap, save_png
    from ..core.inference import (
        choose_memory_format,
        grad_cam,
        predict,
        predictor_from_checkpoint,
        predictor_from_pretrained,
    )

    device = str(resolve_device(args.device, compute=True))  # "meta" holds no numbers: refused
    if args.checkpoint:
        predictor = predictor_from_checkpoint(args.checkpoint, device=device)
    else:
        predictor = predictor_from_pretrained(args.pretrained, args.weights, download=not args.offline,
                                              device=device)
    layout = choose_memory_format(predictor, args.channels_last).name
    for i, path in enumerate(paths):
        image = load_image(path)
        result = predict(predictor, image, args.top_k)
        record = {"image": str(path), "top": [t.to_dict() for t in result.top], "memory_format": layout}
        if args.gradcam:
            cam = grad_cam(predictor, image, result.top[0].index)
            out = outputs[i]
            save_png(out, overlay_heatmap(cam.image, cam.heat, 0.5), inputs=inputs)
            record["gradcam"] = str(out)
            del cam
        del image
        if args.json:
            print(json.dumps(record), flush=True)
        else:  # file names and the checkpoint's class names are shown escaped and shortened
            say(f"{shown(str(path))}  ({shown(predictor.source)}, {layout})")
            labels = [shown(t.label) for t in result.top]
            width = max(len(label) for label in labels)
            for rank, (t, label) in enumerate(zip(result.top, labels), start=1):
                say(f"  {rank}. {label.ljust(width)}  {100 * t.probability:6.2f}%  (class {t.index})")
            if args.gradcam:
                say(f"  Grad-CAM for '{shown(result.top[0].label)}': {shown(record['gradcam'])}")
    return 0
