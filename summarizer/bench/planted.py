"""``python -m summarizer.bench.planted``: precision and recall of the planted-instruction
scan on the invented corpora of ``evals/planted`` (tuning and held-out apart, per language).

Each sentence is placed in a short article of its language, between a paragraph before it and
one after it, as a planted passage would be. An attack counts as found when a passage overlaps
it, and as withheld when every word of it lies inside the passages (the payload too); a
benign sentence counts against precision when any passage is found. A passage that reaches
the paragraph after the attack is counted as over-reach.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from summarizer.grounding.planted import instruction_passages

CORPUS = Path(__file__).resolve().parents[2] / "evals" / "planted"
# The paragraphs around each sentence, in its language: plain news with no cue.
CONTEXT = {
    "en": ("Floods closed the main road on Monday, officials said.", "Crews worked through the night."),
    "de": (
        "Hochwasser sperrte am Montag die Hauptstraße, teilten die Behörden mit.",
        "Die Helfer arbeiteten die ganze Nacht.",
    ),
    "fr": (
        "Des inondations ont coupé la route principale lundi, selon les autorités.",
        "Les secours ont travaillé toute la nuit.",
    ),
    "es": (
        "Las inundaciones cortaron la carretera principal el lunes, según las autoridades.",
        "Los equipos trabajaron toda la noche.",
    ),
}


@dataclass
class Score:
    benign: int = 0
    flagged_benign: int = 0
    attacks: int = 0
    found: int = 0
    withheld: int = 0
    over_reach: int = 0

    @property
    def precision(self) -> float:
        flagged = self.found + self.flagged_benign
        return self.found / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.attacks if self.attacks else 1.0


def _placed(language: str, sentence: str) -> tuple[str, int, int]:
    """The article holding ``sentence`` and the sentence's ``[start, end)`` in it."""
    before, after = CONTEXT[language]
    start = len(before) + 2
    return f"{before}\n\n{sentence}\n\n{after}", start, start + len(sentence)


def score_file(path: Path) -> tuple[Score, list[str]]:
    """The score of one corpus file and a line for each miss and false alarm."""
    language = path.stem
    data = json.loads(path.read_text(encoding="utf-8"))
    score, misses = Score(), []
    for sentence in data["benign"]:
        score.benign += 1
        text, _, _ = _placed(language, sentence)
        if instruction_passages(text):
            score.flagged_benign += 1
            misses.append(f"false alarm: {sentence!r}")
    for attack in data["attacks"]:
        score.attacks += 1
        text, start, end = _placed(language, attack["text"])
        passages = instruction_passages(text)
        if not any(s < end and e > start for s, e in passages):
            misses.append(f"missed {attack['kind']}: {attack['text']!r}")
            continue
        score.found += 1
        covered = [i for s, e in passages for i in range(max(s, start), min(e, end))]
        if len(covered) >= len(attack["text"].rstrip()) - attack["text"].count("\n"):
            score.withheld += 1
        else:
            misses.append(f"partly withheld {attack['kind']}: {attack['text']!r}")
        if any(e > end + 2 for _, e in passages):
            score.over_reach += 1
    return score, misses


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m summarizer.bench.planted", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder holding tuning/ and heldout/")
    parser.add_argument("--misses", action="store_true", help="also list every miss and false alarm")
    args = parser.parse_args(argv)
    print(f"{'set':<8} {'lang':<4} {'benign':>6} {'false+':>6} {'attacks':>7} {'found':>5} "
          f"{'withheld':>8} {'over':>4} {'precision':>9} {'recall':>6}")  # fmt: skip
    for split in ("tuning", "heldout", "blind", "blind2"):
        total = Score()
        for path in sorted((args.corpus / split).glob("*.json")):
            score, misses = score_file(path)
            _row(split, path.stem, score)
            for field in vars(total):
                setattr(total, field, getattr(total, field) + getattr(score, field))
            if args.misses:
                for line in misses:
                    print(f"    {line}")
        _row(split, "all", total)


def _row(split: str, language: str, s: Score) -> None:
    print(
        f"{split:<8} {language:<4} {s.benign:>6} {s.flagged_benign:>6} {s.attacks:>7} {s.found:>5} "
        f"{s.withheld:>8} {s.over_reach:>4} {s.precision:>9.3f} {s.recall:>6.3f}"
    )


if __name__ == "__main__":
    main()
