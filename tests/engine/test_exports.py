"""The engine's public surface is exactly these names; everything else is imported from its module."""

import mailverdict.engine as engine


def test_all_is_exactly_the_public_api() -> None:
    assert sorted(engine.__all__) == ["Disposition", "Finding", "ScanContext", "Verdict", "analyze"]
    for name in engine.__all__:
        assert hasattr(engine, name)
