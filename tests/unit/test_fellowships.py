from recovery_desktop.domain import fellowships


def test_ids_are_unique_and_lookups_round_trip() -> None:
    ids = [f.id for f in fellowships.FELLOWSHIPS]
    assert len(ids) == len(set(ids))
    for f in fellowships.FELLOWSHIPS:
        assert fellowships.by_id(f.id) is f
        assert fellowships.display_name(f.id) == f.name


def test_the_issue_s_fellowships_work_the_steps_and_family_groups_are_marked() -> None:
    steps = {f.short for f in fellowships.step_fellowships()}
    assert {"AA", "NA", "GA", "OA", "SLAA", "DA", "Al-Anon", "Nar-Anon", "FA", "DRA"} <= steps
    assert "SMART" not in steps
    family = {f.id for f in fellowships.FELLOWSHIPS if f.for_family}
    assert {"al-anon", "nar-anon", "fa"} <= family
    assert "aa" not in family


def test_a_fellowship_the_person_named_keeps_its_name() -> None:
    assert fellowships.by_id("Cocaine Anonymous") is None
    assert fellowships.display_name("Cocaine Anonymous") == "Cocaine Anonymous"
