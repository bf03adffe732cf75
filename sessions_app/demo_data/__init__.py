"""Demo data for Vierluik: two real events from the Dutch social domain.

Pure Python data (no Django imports), one module per event, loaded by ``seed_demo``.

Sources (see /work/shared/domain/sources/):
- 000_87752c03c75f2e02.txt: Landelijke Werkplaats 2022, "Bestaanszekerheid: van praten naar doen"
  (four deelsessies, worked through the four V's of waarderend veranderen).
- 003_909528437651e1f7.txt: "De agenda van het sociaal werk 2020" (eleven huiskamersessies in two rounds).

Titles, subtitles, descriptions, hosts and times follow the sources as closely as possible
(source spelling kept). The phase prompts are written for this demo: plain Dutch (B1), "je" form,
drawn from each room's text. The sources name no room capacity, so ``capacity`` is None.
"""

from .agenda_sociaal_werk_2020 import EVENT as AGENDA_SOCIAAL_WERK_2020
from .werkplaats_2022 import EVENT as WERKPLAATS_2022

EVENTS = [WERKPLAATS_2022, AGENDA_SOCIAAL_WERK_2020]
