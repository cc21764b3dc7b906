"""The ImageNet numbers the window shows without torch equal torchvision's weight metadata, and the paper's
DenseNets' parameter counts equal the ledger's (and torchvision's where it has the network)."""

import pytest
import torchvision.models as tvm

from explorer.core.config import PRESETS
from explorer.core.imagenet_reference import IMAGENET_COLUMNS, TORCHVISION_WEIGHTS, imagenet_rows
from explorer.core.ledger import compute_ledger


def _weights(path: str):
    enum_name, member = path.split(".")
    return getattr(getattr(tvm, enum_name), member)


@pytest.mark.parametrize("row", [r for r in imagenet_rows() if r.source == "torchvision"], ids=lambda r: r.method)
def test_torchvision_numbers_equal_its_metadata(row):
    meta = _weights(row.weights).meta
    metrics = meta["_metrics"]["ImageNet-1K"]
    assert row.params == meta["num_params"]
    assert row.top1_error == pytest.approx(100 - metrics["acc@1"], abs=1e-9)
    assert row.top5_error == pytest.approx(100 - metrics["acc@5"], abs=1e-9)
    if row.preset:  # our builder's count of the same network
        assert compute_ledger(PRESETS[row.preset].config).total_params == row.params


def test_paper_rows_and_columns():
    paper = [r for r in imagenet_rows() if r.source == "paper"]
    assert [r.method for r in paper] == ["DenseNet-121", "DenseNet-169", "DenseNet-201", "DenseNet-264"]
    by_name = {name: params for name, _f, _w, params, _a1, _a5 in TORCHVISION_WEIGHTS}
    for r in paper:
        assert r.params == compute_ledger(PRESETS[r.preset].config).total_params
        if r.method in by_name:
            assert r.params == by_name[r.method]
        # Table 3: deeper is better, 10-crop better than single-crop, top-5 below top-1.
        assert r.top1_error_10crop < r.top1_error and r.top5_error_10crop < r.top5_error < r.top1_error
    assert [r.top1_error for r in paper] == sorted((r.top1_error for r in paper), reverse=True)
    assert paper[-1].params == 33_337_704  # DenseNet-264 (k = 32): 33.3M
    assert paper[0].error(IMAGENET_COLUMNS[0]) == 25.02 and paper[0].error(IMAGENET_COLUMNS[1]) == 7.71
    with pytest.raises(KeyError, match="not an ImageNet column"):
        paper[0].error("C10+")
