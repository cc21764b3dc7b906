"""`explorer predict`: from a checkpoint (all it needs is in the file) or from torchvision-format weights."""

import json

import numpy as np
import pytest
import torch
from PIL import Image

from explorer.cli import main
from explorer.core.config import DenseNetConfig, config_to_dict
from explorer.core.images import sample_images
from explorer.core.inference import predict, predictor_from_checkpoint
from explorer.core.models import build_model
from explorer.core.pretrained import hub_checkpoint_dir

CAT = str(next(p for p in sample_images() if p.name == "chelsea.png"))
COFFEE = str(next(p for p in sample_images() if p.name == "coffee.png"))
CONFIG = DenseNetConfig(growth_rate=4, block_layers=(2, 2), input_size=16, num_classes=3, init_features=8)


@pytest.fixture
def checkpoint(tmp_path):
    torch.manual_seed(0)
    model = build_model(CONFIG)
    path = tmp_path / "run" / "checkpoint.pt"
    path.parent.mkdir()
    torch.save({"format": "densenet-explorer-checkpoint", "version": 1, "config": config_to_dict(CONFIG),
                "model": model.state_dict(), "classes": ["circle", "square", "ring"], "mean": [0.5, 0.5, 0.5],
                "std": [0.25, 0.25, 0.25], "epoch": 1, "history": []}, path)
    return path


def test_json_one_object_per_image(checkpoint, capsys):
    assert main(["predict", "--checkpoint", str(checkpoint), CAT, COFFEE, "--top-k", "2", "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["image"] for r in records] == [CAT, COFFEE]
    expected = predict(predictor_from_checkpoint(checkpoint), CAT, 2)
    top = records[0]["top"]
    assert [t["index"] for t in top] == [t.index for t in expected.top]
    assert [t["label"] for t in top] == [t.label for t in expected.top]
    assert top[0]["probability"] == pytest.approx(expected.top[0].probability, abs=1e-6)
    assert top[0]["probability"] >= top[1]["probability"] and {"label", "index", "probability"} == set(top[0])


def test_text_and_gradcam_png(checkpoint, tmp_path, capsys):
    out = tmp_path / "cam.png"
    assert main(["predict", "--checkpoint", str(checkpoint), CAT, "--top-k", "3", "--gradcam", str(out)]) == 0
    text = capsys.readouterr().out
    assert "1. " in text and "3. " in text and "%" in text and "Grad-CAM" in text
    img = np.asarray(Image.open(out))
    assert img.shape == (16, 16, 3)
    several = tmp_path / "many.png"
    assert main(["predict", "--checkpoint", str(checkpoint), CAT, COFFEE, "--gradcam", str(several), "--json"]) == 0
    assert (tmp_path / "many-chelsea.png").is_file() and (tmp_path / "many-coffee.png").is_file()


def test_bad_inputs_one_line_exit_2(checkpoint, tmp_path, capsys):
    text = tmp_path / "readme.png"
    text.write_text("not an image")
    cases = [
        (["--checkpoint", str(checkpoint), str(text)], "readme.png: is not an image"),
        (["--checkpoint", str(checkpoint), str(tmp_path / "absent.jpg")], "no such file"),
        (["--checkpoint", str(tmp_path / "nothing.pt"), CAT], "no such checkpoint file"),
        (["--checkpoint", str(text), CAT], "readme.png"),
        (["--checkpoint", str(checkpoint), CAT, "--top-k", "0"], "top_k"),
        (["--checkpoint", str(checkpoint), "--weights", str(checkpoint), CAT], "--weights goes with --pretrained"),
        (["--pretrained", "densenet121", "--offline", CAT], "densenet121-a639ec97.pth"),
        (["--checkpoint", str(checkpoint), CAT, "--device", "tpu"], "device"),
    ]
    for args, words in cases:
        assert main(["predict", *args]) == 2, args
        err = capsys.readouterr().err.strip()
        assert words in err and len(err.splitlines()) == 1, (args, err)
    with pytest.raises(SystemExit) as info:  # argparse: unknown network name
        main(["predict", "--pretrained", "densenet999", CAT])
    assert info.value.code == 2
    assert "densenet121" in capsys.readouterr().err


def test_pretrained_from_hub_cache(capsys):
    import torchvision

    torch.manual_seed(0)
    tv = torchvision.models.densenet121(weights=None).eval()
    cache = hub_checkpoint_dir()
    cache.mkdir(parents=True)
    torch.save(tv.state_dict(), cache / "densenet121-a639ec97.pth")
    assert main(["predict", "--pretrained", "densenet121", "--offline", CAT, "--top-k", "3", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    from explorer.core.inference import predictor_from_pretrained, preprocess

    x = preprocess(predictor_from_pretrained("densenet121"), CAT).tensor
    with torch.no_grad():
        expected = tv(x)[0].topk(3).indices.tolist()
    assert [t["index"] for t in record["top"]] == expected
    assert record["top"][0]["label"] == torchvision.models.DenseNet121_Weights.IMAGENET1K_V1.meta["categories"][
        expected[0]]


def test_memory_format_measured_or_chosen(checkpoint, capsys):
    """Without a flag the layout is the measured one; --channels-last / --no-channels-last choose it, and the
    probabilities are the same either way."""
    from explorer.core.inference import choose_memory_format

    records = {}
    for flag in ("--channels-last", "--no-channels-last", None):
        argv = ["predict", "--checkpoint", str(checkpoint), CAT, "--top-k", "3", "--json"] + ([flag] if flag else [])
        assert main(argv) == 0
        records[flag] = json.loads(capsys.readouterr().out.strip())
    assert records["--channels-last"]["memory_format"] == "channels_last"
    assert records["--no-channels-last"]["memory_format"] == "contiguous"
    measured = choose_memory_format(predictor_from_checkpoint(checkpoint))  # memoised: the CLI's own verdict
    assert measured.measured and records[None]["memory_format"] == measured.name
    a, b = records["--channels-last"]["top"], records["--no-channels-last"]["top"]
    assert [t["index"] for t in a] == [t["index"] for t in b]
    assert [t["probability"] for t in a] == pytest.approx([t["probability"] for t in b], abs=1e-6)
    assert main(["predict", "--checkpoint", str(checkpoint), CAT, "--no-channels-last"]) == 0
    assert "(checkpoint.pt (epoch 1), contiguous)" in capsys.readouterr().out
