"""torchvision's weights in our densenet121: found in a fake hub cache, old key names remapped, logits equal
to torchvision's own model. No test downloads anything: the download path is exercised with a file:// URL."""

import hashlib
import re

import pytest
import torch
import torchvision

from explorer.core.config import ConfigError
from explorer.core.images import sample_images
from explorer.core.inference import predict, predictor_from_pretrained, preprocess
from explorer.core.pretrained import (
    PRETRAINED_NAMES,
    PretrainedError,
    download_weights,
    find_cached_weights,
    hub_checkpoint_dir,
    imagenet_categories,
    load_pretrained_model,
    read_state_dict,
    remap_legacy_keys,
    weights_info,
)

CAT = next(p for p in sample_images() if p.name == "chelsea.png")


@pytest.fixture(scope="module")
def tv_model():
    torch.manual_seed(0)
    model = torchvision.models.densenet121(weights=None).eval()
    with torch.no_grad():  # make the BN statistics non-trivial, so a mis-mapped key would show
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.running_mean.uniform_(-0.1, 0.1)
                m.running_var.uniform_(0.5, 1.5)
                m.weight.uniform_(0.5, 1.5)
    return model


def _legacy(state):
    """torchvision's old names: denselayerN.norm1 -> denselayerN.norm.1, the form its .pth files hold."""
    pat = re.compile(r"^(.*denselayer\d+\.(?:norm|relu|conv))([12])\.(weight|bias|running_mean|running_var)$")
    return {pat.sub(r"\1.\2.\3", k): v for k, v in state.items()}


def test_names_and_metadata_offline():
    assert PRETRAINED_NAMES == ("densenet121", "densenet169", "densenet201", "densenet161")
    info = weights_info("densenet121")
    assert info.file_name == "densenet121-a639ec97.pth"
    assert len(info.categories) == 1000 and info.categories[281] == "tabby"
    assert info.mean == pytest.approx((0.485, 0.456, 0.406)) and (info.resize_size, info.crop_size) == (256, 224)
    assert imagenet_categories("densenet161")[0] == "tench"
    with pytest.raises(ConfigError, match="pretrained"):
        weights_info("densenet264")


def test_hub_dir_follows_torch_home(tmp_path, monkeypatch):
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "th"))
    assert hub_checkpoint_dir() == tmp_path / "th" / "hub" / "checkpoints"
    assert find_cached_weights("densenet121") is None
    with pytest.raises(PretrainedError, match="densenet121-a639ec97.pth"):
        load_pretrained_model("densenet121")


def test_legacy_keys_remapped():
    state = {"features.denseblock1.denselayer1.norm.1.weight": 1, "features.denseblock1.denselayer1.conv.2.weight": 2,
             "features.norm0.weight": 3, "features.transition1.conv.weight": 4}
    assert remap_legacy_keys(state) == {"features.denseblock1.denselayer1.norm1.weight": 1,
                                        "features.denseblock1.denselayer1.conv2.weight": 2,
                                        "features.norm0.weight": 3, "features.transition1.conv.weight": 4}


@pytest.mark.parametrize("legacy", [False, True], ids=["new-keys", "old-keys"])
def test_our_densenet121_gives_torchvisions_logits(tv_model, legacy):
    cache = hub_checkpoint_dir()
    cache.mkdir(parents=True)
    state = tv_model.state_dict()
    torch.save(_legacy(state) if legacy else state, cache / "densenet121-a639ec97.pth")
    pred = predictor_from_pretrained("densenet121")  # found in the (fake) hub cache under $TORCH_HOME
    assert pred.path == str(cache / "densenet121-a639ec97.pth")
    x = preprocess(pred, CAT).tensor
    assert tuple(x.shape) == (1, 3, 224, 224)
    with torch.no_grad():
        ours, theirs = pred.model(x), tv_model(x)
    assert torch.equal(ours, theirs)  # bit for bit: same modules, same order of operations
    assert torch.equal(ours.argmax(1), theirs.argmax(1))
    result = predict(pred, CAT, top_k=3)
    assert [t.index for t in result.top] == theirs[0].topk(3).indices.tolist()
    assert result.top[0].label == imagenet_categories()[result.top[0].index]


def test_weights_file_picked_by_user_and_bad_files(tv_model, tmp_path):
    picked = tmp_path / "my weights.pth"
    torch.save({"state_dict": tv_model.state_dict()}, picked)  # wrapped, as training scripts save
    model, config, info, path = load_pretrained_model("densenet121", weights=picked)
    assert path == picked and config.num_classes == 1000 and not model.training
    junk = tmp_path / "junk.pth"
    junk.write_bytes(b"\x00\x01 not a zip or pickle" * 10)
    with pytest.raises(PretrainedError, match="not a PyTorch weights file"):
        read_state_dict(junk)
    other = tmp_path / "resnet.pth"
    torch.save({"conv1.weight": torch.zeros(1)}, other)
    with pytest.raises(PretrainedError, match="is not a densenet121 state_dict: missing"):
        load_pretrained_model("densenet121", weights=other)
    with pytest.raises(PretrainedError, match="no such weights file"):
        load_pretrained_model("densenet121", weights=tmp_path / "absent.pth")


def test_code_carrying_file_refused(tmp_path):
    evil = tmp_path / "evil.pth"
    torch.save({"x": torch.zeros(1), "obj": ConfigError("a", 1, "b")}, evil)
    with pytest.raises(PretrainedError, match="not a PyTorch weights file"):
        read_state_dict(evil)


def test_download_into_hub_cache_checks_the_hash(tv_model, tmp_path):
    blob = tmp_path / "blob.pth"
    torch.save(tv_model.state_dict(), blob)
    digest = hashlib.sha256(blob.read_bytes()).hexdigest()
    served = tmp_path / "server" / f"densenet121-{digest[:8]}.pth"
    served.parent.mkdir()
    blob.rename(served)
    path = download_weights("densenet121", url=served.as_uri())
    assert path == hub_checkpoint_dir() / served.name and path.read_bytes() == served.read_bytes()
    bad = tmp_path / "server" / "densenet121-00000000.pth"
    bad.write_bytes(served.read_bytes())
    with pytest.raises(PretrainedError, match="downloading .* failed"):
        download_weights("densenet121", url=bad.as_uri())
    assert not (hub_checkpoint_dir() / bad.name).exists()


def _published_layout(state):
    """torchvision's published .pth files as saved before PyTorch 0.4.1: dotted layer names, no BatchNorm
    ``num_batches_tracked`` counters at all, and a plain dict (no ``_metadata``, so no module versions)."""
    return {k: v.clone() for k, v in _legacy(state).items() if not k.endswith("num_batches_tracked")}


def _torchvision_loads(state):
    """torchvision's own way (models/densenet.py, _load_state_dict): its regex, then a strict load, which
    torch accepts without the counters (BatchNorm adds them when the file records no module version)."""
    pattern = re.compile(
        r"^(.*denselayer\d+\.(?:norm|relu|conv))\.((?:[12])\.(?:weight|bias|running_mean|running_var))$")
    remapped = {}
    for key, value in state.items():
        m = pattern.match(key)
        remapped[m.group(1) + m.group(2) if m else key] = value
    model = torchvision.models.densenet121(weights=None)
    model.load_state_dict(remapped, strict=True)
    return model.eval()


@pytest.mark.parametrize("where", ["hub-cache", "picked-file"])
def test_published_layout_without_counters_loads_like_torchvision(tv_model, tmp_path, where):
    counters = [k for k in tv_model.state_dict() if k.endswith("num_batches_tracked")]
    assert len(counters) == 121
    published = _published_layout(tv_model.state_dict())
    assert not hasattr(published, "_metadata") and len(published) == len(tv_model.state_dict()) - 121
    assert "features.denseblock1.denselayer1.norm.1.weight" in published
    assert "features.denseblock1.denselayer1.conv.2.weight" in published
    if where == "hub-cache":
        path = hub_checkpoint_dir() / "densenet121-a639ec97.pth"
        path.parent.mkdir(parents=True)
        torch.save(published, path)
        model, _config, _info, found = load_pretrained_model("densenet121")
        assert found == path
    else:
        path = tmp_path / "densenet121-old.pth"
        torch.save(published, path)
        model, *_ = load_pretrained_model("densenet121", weights=path)
    theirs = _torchvision_loads(torch.load(path, weights_only=True))
    ours_state = model.state_dict()
    assert [ours_state[k].item() for k in counters] == [0] * 121  # the missing counters start at 0, as torch's
    assert all(ours_state[k].dtype == torch.long for k in counters)
    assert [theirs.state_dict()[k].item() for k in counters] == [0] * 121
    x = torch.randn(2, 3, 224, 224, generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        ours_out, theirs_out = model(x), theirs(x)
    assert torch.equal(ours_out, theirs_out)
    assert torch.equal(ours_out, tv_model(x))
    torch.testing.assert_close(ours_state["features.denseblock1.denselayer1.norm1.running_var"],
                               tv_model.state_dict()["features.denseblock1.denselayer1.norm1.running_var"],
                               rtol=0, atol=0)


def test_published_layout_with_any_other_key_missing_or_extra_is_refused(tv_model, tmp_path):
    published = _published_layout(tv_model.state_dict())
    lacking = dict(published)
    del lacking["features.denseblock2.denselayer3.norm.2.running_var"]
    path = tmp_path / "lacking.pth"
    torch.save(lacking, path)
    with pytest.raises(PretrainedError, match=r"is not a densenet121 state_dict: missing 1 \(e\.g\. "
                                              r"features\.denseblock2\.denselayer3\.norm2\.running_var\)$"):
        load_pretrained_model("densenet121", weights=path)
    # A whole BatchNorm gone: its counter is not excused either (its statistics are not there to count).
    no_norm = {k: v for k, v in published.items() if not k.startswith("features.norm5.")}
    torch.save(no_norm, path)
    with pytest.raises(PretrainedError, match=r"missing 5 \(e\.g\. features\.norm5\.bias\)"):
        load_pretrained_model("densenet121", weights=path)
    extra = {**published, "features.denseblock1.denselayer1.norm.3.weight": torch.zeros(1)}
    torch.save(extra, path)
    with pytest.raises(PretrainedError, match=r"unexpected 1 \(e\.g\. features\.denseblock1\.denselayer1\.norm\.3"):
        load_pretrained_model("densenet121", weights=path)
