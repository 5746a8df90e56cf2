"""FitPage: keeps a project's page on one page when it is only a little too long.

A page up to MAX_OVERFLOW taller than the frame is scaled down to fit (text stays readable);
anything longer flows onto further pages as usual, never shrunk into microscopic print.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepInFrame
from reportlab.platypus.flowables import _listWrapOn

MAX_OVERFLOW = 0.18


class FitPage(Flowable):
    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.content = content

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # Claim more than the room there is, so the frame always asks split() to decide.
        return available_width, available_height + 1

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        _width, height = _listWrapOn(self.content, available_width, self.canv)
        if available_height < height <= available_height * (1 + MAX_OVERFLOW):
            return [KeepInFrame(available_width, available_height, self.content, mode="shrink")]
        content = list(self.content)
        # The frame insists that the first piece fits: split it first when it alone is too tall.
        _width, first = content[0].wrapOn(self.canv, available_width, available_height)
        if first > available_height:
            content[:1] = content[0].splitOn(self.canv, available_width, available_height) or content[:1]
        return content

    def draw(self) -> None:  # never drawn itself: split() always replaces it
        raise AssertionError("FitPage is replaced by its content before drawing")
