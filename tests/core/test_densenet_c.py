"""DenseNet-C: compression θ = 0.5 without the bottleneck (Huang et al. 2017, section 3). The paper trains it
but its Table 2 prints no DenseNet-C row, so these presets carry no paper figure."""

import pytest

from explorer.core.compare import entry_for, reference_row
from explorer.core.config import PRESETS
from explorer.core.ledger import compute_ledger
from explorer.core.models import build_model
from tests.core.ledger_check import check_ledger_equals_module
from tests.helpers import num_params

DENSENET_C = {"densenet-c-l40-k12": (40, 12), "densenet-c-l100-k12": (100, 12), "densenet-c-l100-k24": (100, 24)}


@pytest.mark.parametrize("name", sorted(DENSENET_C))
def test_densenet_c_presets_are_the_papers_variant(name):
    depth, k = DENSENET_C[name]
    preset = PRESETS[name]
    cfg = preset.config
    assert (cfg.family, cfg.bottleneck, cfg.compression, cfg.growth_rate, cfg.depth) == ("densenet", False, 0.5, k,
                                                                                         depth)
    assert cfg.variant_name == "DenseNet-C" and cfg.num_blocks == 3 and cfg.stem == "cifar"
    assert cfg.block_layers == ((depth - 4) // 3,) * 3  # the (L-4)/3 rule without bottleneck
    assert preset.group == "CIFAR" and preset.label == f"DenseNet-C (k={k}), L={depth}"
    assert preset.paper_params is None and reference_row(name) is None
    entry = entry_for(name)
    assert entry.paper_params is None and not entry.disagrees_with_table and entry.paper_errors == {}


@pytest.mark.parametrize("name", sorted(DENSENET_C))
def test_densenet_c_ledger_counts_the_built_modules_parameters(name):
    cfg = PRESETS[name].config
    assert num_params(build_model(cfg, "meta")) == compute_ledger(cfg).total_params


def test_densenet_c_ledger_equals_the_module_in_shapes_and_multiply_adds():
    check_ledger_equals_module(PRESETS["densenet-c-l40-k12"].config)


@pytest.mark.parametrize("name", sorted(DENSENET_C))
def test_compression_keeps_fewer_parameters_than_the_plain_densenet(name):
    """The transitions halve the maps, so every later layer reads fewer: fewer parameters than DenseNet."""
    plain = PRESETS[name.replace("densenet-c-", "densenet-")].config
    assert plain.compression == 1.0 and not plain.bottleneck
    assert compute_ledger(PRESETS[name].config).total_params < compute_ledger(plain).total_params
