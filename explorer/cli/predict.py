"""`explorer predict`: classify images with a trained checkpoint or torchvision's ImageNet weights."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..core.pretrained import PRETRAINED_NAMES


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
    p.add_argument("--top-k", type=int, default=5, metavar="K", help="how many classes to list (default 5)")
    p.add_argument("--json", action="store_true", help="print one JSON object per image, one per line")
    p.add_argument("--gradcam", metavar="OUT.png",
                   help="also write the Grad-CAM of the top class over the image (several images: OUT-NAME.png)")
    p.add_argument("--device", default="cpu", help="cpu, cuda, cuda:N or mps (default cpu)")
    p.set_defaults(func=run)


def gradcam_path(out: str, image: Path, several: bool) -> Path:
    out_path = Path(out)
    if not several:
        return out_path
    return out_path.with_name(f"{out_path.stem}-{image.stem}{out_path.suffix or '.png'}")


def run(args: argparse.Namespace) -> int:
    from ..core.config import ConfigError
    from ..core.images import load_image
    from . import CliError

    if args.weights and not args.pretrained:
        raise CliError("--weights goes with --pretrained (a checkpoint carries its own weights)")
    if args.top_k < 1:
        raise ConfigError("top_k", args.top_k, "must be at least 1", "1 or more")
    if args.gradcam and Path(args.gradcam).suffix.lower() not in ("", ".png"):
        raise CliError(f"--gradcam {args.gradcam}: the picture is written as PNG; name it OUT.png")
    # Every image is checked before the network loads: a bad file costs no waiting.
    paths = [Path(p) for p in args.images]
    images = [load_image(p) for p in paths]

    from ..core.devices import resolve_device
    from ..core.images import overlay_heatmap, save_png
    from ..core.inference import grad_cam, predict, predictor_from_checkpoint, predictor_from_pretrained

    device = str(resolve_device(args.device))
    if args.checkpoint:
        predictor = predictor_from_checkpoint(args.checkpoint, device=device)
    else:
        predictor = predictor_from_pretrained(args.pretrained, args.weights, download=not args.offline,
                                              device=device)
    several = len(paths) > 1
    for path, image in zip(paths, images):
        result = predict(predictor, image, args.top_k)
        record = {"image": str(path), "top": [t.to_dict() for t in result.top]}
        if args.gradcam:
            cam = grad_cam(predictor, image, result.top[0].index)
            out = gradcam_path(args.gradcam, path, several)
            save_png(out, overlay_heatmap(cam.image, cam.heat, 0.5))
            record["gradcam"] = str(out)
        if args.json:
            print(json.dumps(record), flush=True)
        else:
            print(f"{path}  ({predictor.source})")
            width = max(len(t.label) for t in result.top)
            for rank, t in enumerate(result.top, start=1):
                print(f"  {rank}. {t.label.ljust(width)}  {100 * t.probability:6.2f}%  (class {t.index})")
            if args.gradcam:
                print(f"  Grad-CAM for {result.top[0].label!r}: {record['gradcam']}")
    return 0
