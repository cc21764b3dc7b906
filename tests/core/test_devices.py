"""Fast low-precision detection: the CPU's flags (faked /proc/cpuinfo text and torch checks, then the real
one), CUDA's bf16/fp16 choice, and mixed precision's type and loss scaler following it."""

import torch

from explorer.core import devices
from explorer.core.devices import amp_dtype_for, cpu_fast_bf16, cpu_flags, fast_amp
from explorer.core.training.step import amp_dtype, grad_scaler

SAPPHIRE = """processor\t: 0
vendor_id\t: GenuineIntel
model name\t: Intel(R) Xeon(R) Platinum 8480+
flags\t\t: fpu vme sse2 avx2 avx512f avx512_bf16 amx_bf16 amx_tile amx_int8
"""
ZEN4 = "processor : 0\nmodel name : AMD EPYC 9654\nflags : fpu sse2 avx2 avx512f avx512_bf16 avx512_vnni\n"
SKYLAKE = "processor : 0\nflags : fpu sse2 avx2 avx512f avx512bw\n"
ARM = "processor : 0\nFeatures : fp asimd evtstrm aes pmull sha1 sha2 crc32 bf16\n"


def test_flags_read_from_cpuinfo_text():
    assert "amx_bf16" in cpu_flags(SAPPHIRE)
    assert cpu_flags(ARM) == frozenset("fp asimd evtstrm aes pmull sha1 sha2 crc32 bf16".split())
    assert cpu_flags("no flags line here") is None
    assert cpu_flags("") is None


def test_fast_bf16_prefers_amx_then_avx512_bf16():
    none = {}
    assert cpu_fast_bf16(SAPPHIRE, none) == "amx_bf16"
    assert cpu_fast_bf16(ZEN4, none) == "avx512_bf16"
    assert cpu_fast_bf16(SKYLAKE, none) is None  # AVX-512 without its bf16 instructions: not fast
    assert cpu_fast_bf16(ARM, none) is None
    assert cpu_fast_bf16("", none) is None  # another OS: no cpuinfo text


def test_torch_checks_count_where_cpuinfo_is_silent():
    assert cpu_fast_bf16("", {"avx512_bf16": True}) == "avx512_bf16"
    assert cpu_fast_bf16("", {"amx_bf16": True, "avx512_bf16": True}) == "amx_bf16"
    assert cpu_fast_bf16(SKYLAKE, {"amx_bf16": False, "avx512_bf16": False}) is None


def test_real_detection_agrees_with_the_real_flags():
    flags = cpu_flags() or frozenset()
    found = cpu_fast_bf16()
    if "amx_bf16" in flags:
        assert found == "amx_bf16"
    elif "avx512_bf16" in flags:
        assert found == "avx512_bf16"
    else:
        assert found is None or found in devices.FAST_BF16_FLAGS  # torch's own check may know more
    assert fast_amp("cpu") == found


def test_fast_amp_on_cpu_follows_the_faked_flags():
    assert fast_amp("cpu", ZEN4, {}) == "avx512_bf16"
    assert fast_amp("cpu", SKYLAKE, {}) is None


def test_amp_type_per_device():
    assert amp_dtype_for("cpu", False) == torch.bfloat16
    assert amp_dtype_for("cuda", True) == torch.bfloat16  # A100, H100: bf16, no loss scaling
    assert amp_dtype_for("cuda", False) == torch.float16  # older: fp16 with a grad scaler
    assert amp_dtype_for("mps", False) == torch.bfloat16


def test_cpu_amp_uses_bf16_and_no_scaler():
    cpu = torch.device("cpu")
    assert amp_dtype(cpu) == torch.bfloat16
    assert grad_scaler(cpu, True) is None
    assert grad_scaler(cpu, False) is None


def test_cuda_scaler_only_for_float16(monkeypatch):
    if torch.cuda.is_available():
        dev = torch.device("cuda")
        assert (grad_scaler(dev, True) is not None) == (amp_dtype(dev) == torch.float16)
        assert grad_scaler(dev, False) is None
    else:
        assert devices.cuda_bf16("cuda") is False
        assert fast_amp("cuda") is None
