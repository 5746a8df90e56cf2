"""A typed QT_TRANSLATE_NOOP: marks a source string for pyside6-lupdate (which finds the call by its name)
and returns it unchanged. PySide6's own is annotated as returning `object`, which hides every use from mypy."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context  # read by lupdate, not at run time
    return source
