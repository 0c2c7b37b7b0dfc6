def bump_version(obj) -> None:
    """Set `obj.version` to one more than the stored row's, so versions only ever grow.

    Counting from the stored row (not the instance) keeps the number rising even when an
    old version is restored from the history.
    """
    if obj.pk is None or obj._state.adding:
        return
    stored = type(obj)._default_manager.filter(pk=obj.pk).values_list("version", flat=True).first()
    obj.version = (stored if stored is not None else obj.version) + 1
