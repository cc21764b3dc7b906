"""The Qt-free parts of the Compare view and the inference panel, without a widget: the choice of networks,
where each is drawn on the paper's plot, the joint run's curves and ending, the clock, the first sample."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from explorer.core.config import ConfigError, DenseNetConfig
from explorer.core.images import sample_images
from explorer.ui.panels.compare_model import (
    CURRENT,
    JointCurves,
    check_selection,
    clock_text,
    entry_of,
    minutes_text,
    outcome,
    placement,
)
from explorer.ui.panels.inference_jobs import default_sample


def test_two_or_three_presets_or_the_current_network():
    check_selection(["resnet-20", CURRENT])
    check_selection(["plain-20", "resnet-20", "densenet-bc-l100-k12"])
    with pytest.raises(ConfigError, match="two or three"):
        check_selection(["resnet-20"])
    with pytest.raises(ConfigError, match="two or three"):
        check_selection(["resnet-20", "plain-20", "wrn-16-8", CURRENT])
    with pytest.raises(ConfigError, match="preset"):
        check_selection(["resnet-20", "resnet-21"])


def test_placed_at_the_tables_figure_or_at_its_own_count():
    # The paper's Table 2: ResNet-1202 at 10.2M parameters and 4.91% error on C10+ (its architecture: 19.4M).
    resnet = entry_of("resnet-1202", None)
    assert placement(resnet, "C10+") == (10.2, 4.91)
    # A network the table does not hold: at its own parameter count, with no error.
    config = DenseNetConfig(growth_rate=4, block_layers=(2, 2), init_features=8)
    current = entry_of(CURRENT, config)
    assert current.name == CURRENT and placement(current, "C10+") == (current.params / 1e6, None)


def test_joint_curves_collect_epochs_per_network():
    curves = JointCurves()
    curves.reset(2)
    assert curves.xs == [[], []] and not curves.dirty
    curves.add_epoch(1, 1, 0.5)
    curves.add_epoch(1, 2, 0.75)
    assert curves.xs == [[], [1, 2]] and curves.ys == [[], [0.5, 0.75]]
    assert curves.last_acc == {1: 0.75} and curves.dirty
    curves.reset(3)
    assert curves.xs == [[], [], []] and curves.last_acc == {} and not curves.dirty


def test_how_a_run_ended():
    done = {"status": "completed"}
    assert outcome([done, done]) == "done"
    assert outcome([done, {"status": "diverged"}]) == "diverged"
    assert outcome([{"status": "stopped"}, {"status": "not started"}]) == "stopped"
    assert outcome([{"status": "diverged"}, {"status": "not started"}]) == "stopped"


def test_clock_and_minutes():
    assert [clock_text(s) for s in (0, 59.4, 61, 3599, 3600, 3725)] == ["0:00", "0:59", "1:01", "59:59", "1:00:00",
                                                                        "1:02:05"]
    assert [clock_text(s) for s in (None, float("nan"), float("inf"))] == ["?", "?", "?"]
    assert [minutes_text(s) for s in (90, 599, 600, 7_200_000)] == ["1.5", "10.0", "10", "120,000"]


def test_first_sample_matches_the_network():
    samples = sample_images()

    def net(kind, size, channels):
        return SimpleNamespace(kind=kind, crop_size=size, in_channels=channels)

    assert default_sample(samples, net("checkpoint", 8, 1)).parent.name == "digits"
    assert default_sample(samples, net("checkpoint", 16, 3)).parent.name == "shapes"
    assert default_sample(samples, net("pretrained", 224, 3)).name == "chelsea.png"
    assert default_sample(samples, None).name == "chelsea.png"
    assert default_sample([Path("a.png"), Path("b.png")], None) == Path("a.png")  # no cat: the first
