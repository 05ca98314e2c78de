"""A mutation fuzzer for eventlib's input readers and data-file parsers, bounded by time or by rounds.

    python benchmarks/fuzz.py --seconds 600 [--seed N] [--crashes DIR]
    python benchmarks/fuzz.py --rounds 5000 [--seed N] [--crashes DIR]

Seeds are the files of tests/data/bad, the seed articles, and the built-in rule set and
dictionaries (their first lines). Each round takes a seed, mutates it (flipped, inserted,
deleted, duplicated and spliced bytes, interesting values), and feeds it to one target:
the JSONL and CSV article readers, the gold reader, the YAML rule parser, the JSONL rule
parser, the dictionary loader, the TABARI / PETRARCH actor, agent, discard and verb readers
(verbs read and converted to rules), and TABARI's comma-clause deletion. A target may only
succeed or raise an EventlibError; any other exception is a crash, saved with its input to the
crashes folder and reported.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from eventlib import EventlibError, read_articles
from eventlib._builtin import CORE_ACTORS, CORE_RULES
from eventlib.actors.dictionary import load_dictionary
from eventlib.bench import read_gold
from eventlib.parse.nlp import load_pipeline
from eventlib.rules.petrarch.commas import CommaSettings, delete_comma_clauses
from eventlib.rules.petrarch.dictionaries import load_actors, load_agents, load_discards
from eventlib.rules.petrarch.verbs import load_verbs
from eventlib.rules.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parent.parent
INTERESTING = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b'"', b"\n", b"\r", b",", b"{", b"}", b"[", b"]", b":",
               b"\\", b"\\u0000", b"\xe9", b"\xf0\x9f\x98\x80", b"9" * 40, b"-1", b"1e999", b"null", b"true",
               b'"date": "2020-02-30"', b"&talks", b"!!python/object", b"*anchor", b"\t", b"0" * 20]


def seeds() -> list[tuple[str, bytes]]:
    """(suffix, bytes) seeds for the targets."""
    found = [(p.suffix, p.read_bytes()[:4000]) for p in sorted((ROOT / "tests" / "data" / "bad").glob("*.*"))
             if p.suffix in (".jsonl", ".csv")]
    found.append((".jsonl", (ROOT / "seeds" / "articles.jsonl").read_bytes()[:4000]))
    found.append((".gold", (ROOT / "seeds" / "gold.jsonl").read_bytes()[:3000]))
    found.append((".yaml", CORE_RULES.read_bytes()[:6000]))
    found.append((".rules.jsonl", b'{"ruleset": "f.v1", "description": "d"}\n{"id": "a.b", "code": "042", '
                                  b'"verb": "visit"}\n'))
    for name in ("countries.csv", "roles.csv", "organisations.csv", "people_g20.csv"):
        found.append((".dict.csv", (CORE_ACTORS / name).read_bytes()[:3000]))
    found += [(".petr.actors", PETRARCH_ACTORS), (".petr.agents", PETRARCH_AGENTS),
              (".petr.discards", b"+CUP\nLATER\n"), (".petr.verbs", PETRARCH_VERBS), (".petr.verbs2", PETRARCH_VERBS_2),
              (".commas", b"Arnor restored ties, the envoys said, three years later, an aide said.")]
    return found


#: Small samples of the TABARI / PETRARCH formats, written for the fuzzer.
PETRARCH_ACTORS = (b"<!-- actors -->\nARNOR_ [ARN]\n+ARNORIAN_\nARAGORN_ # king\n\t[ARNELI 900101-951231]\n"
                   b"\t[ARNGOV >960101]\nGONDOR [GON]\nBOROMIR [---]\n")
PETRARCH_AGENTS = b"!PERSON! = MAN, MEN\nPOLICE {} [~COP]\nRIGHTS_GROUP [NGO~]\nMILITIA!PERSON! {MILITIAMEN} [~MIL]\n"
PETRARCH_VERBS = (b"&TIES\n+RELATIONS\n+TIES\n\n--- RESTORE  [064] ---\nRESTORE {RESTORES RESTORED}\n"
                  b"- * &TIES  [064]  # note\n- NOT * &TIES [112]\n- $ * AID TO + [070]\n- * TALKS AT ^ +  [044]\n"
                  b"- + HOSTING * NEW_&TIES $ [046]\n- RECENTLY_*_BACK [025]\n\n--- LEFT [032:033] ---\nLEFT\n"
                  b"WIRE_+TAP {WIRE_+TAPPED}\n- % * [030]\n")
PETRARCH_VERBS_2 = (b"&TIES\n+RELATIONS\n\n---  RESTORE   [064]  ---\nRESTORE\nRENEW {RENEWS RENEWED}\n"
                    b"- * {FULL &TIES} (WITH +)   [064]   # RESTORE\n- * (TO +)  [070]\n")


def mutate(data: bytes, rng: random.Random, others: list[bytes]) -> bytes:
    """``data`` with 1-8 random byte-level changes."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.randrange(6)
        position = rng.randrange(len(buffer) + 1)
        if choice == 0 and buffer:
            buffer[min(position, len(buffer) - 1)] ^= 1 << rng.randrange(8)
        elif choice == 1:
            buffer[position:position] = bytes([rng.randrange(256)])
        elif choice == 2 and buffer:
            del buffer[position:position + rng.randint(1, 16)]
        elif choice == 3:
            buffer[position:position] = rng.choice(INTERESTING)
        elif choice == 4 and buffer:
            start = rng.randrange(len(buffer))
            buffer[position:position] = buffer[start:start + rng.randint(1, 64)]
        else:
            other = rng.choice(others)
            start = rng.randrange(len(other) + 1)
            buffer[position:] = other[start:start + rng.randint(0, 200)] + buffer[position:]
    return bytes(buffer)


def targets(folder: Path) -> dict[str, Callable[[bytes], object]]:
    """Functions that feed bytes to one parser through a file."""
    def through(suffix: str, reader: Callable[[Path], object]) -> Callable[[bytes], object]:
        def run(data: bytes) -> object:
            path = folder / f"input{suffix}"
            path.write_bytes(data)
            return reader(path)
        return run

    rejected: list[object] = []
    nlp = load_pipeline(None)
    return {
        ".jsonl": through(".jsonl", lambda p: list(read_articles([p], on_reject=rejected.append))),
        ".csv": through(".csv", lambda p: list(read_articles([p], on_reject=rejected.append))),
        ".gold": through(".jsonl", lambda p: list(read_gold(p))),
        ".yaml": through(".yaml", load_ruleset),
        ".rules.jsonl": through(".jsonl", load_ruleset),
        ".dict.csv": through(".csv", load_dictionary),
        ".petr.actors": through(".txt", load_actors),
        ".petr.agents": through(".txt", load_agents),
        ".petr.discards": through(".txt", load_discards),
        ".petr.verbs": through(".txt", lambda p: load_verbs(p, nlp, version=1)),
        ".petr.verbs2": through(".txt", lambda p: load_verbs(p, nlp, version=2)),
        ".commas": lambda data: delete_comma_clauses(data.decode("utf-8", "replace"), CommaSettings.of(
            {"comma_min": len(data) % 4, "comma_max": 8, "comma_bmax": len(data) % 7, "comma_emax": 6})),
    }


def _run_one(run: Callable[[bytes], object], sample: bytes, suffix: str, crashes: Path, number: int) -> bool:
    """Feed ``sample`` to ``run``; on any exception but an EventlibError save it as crash ``number`` and say so."""
    try:
        run(sample)
    except EventlibError:
        return False
    except Exception:  # anything else is a bug: keep the input
        crashes.mkdir(parents=True, exist_ok=True)
        (crashes / f"crash-{number}{suffix.replace('.', '-')}.bin").write_bytes(sample)
        (crashes / f"crash-{number}.txt").write_text(traceback.format_exc(), encoding="utf-8")
        print(f"crash {number} on a {suffix} input:\n{traceback.format_exc()}", file=sys.stderr)
        return True
    return False


def fuzz(seconds: float | None, seed: int, crashes: Path, rounds: int | None = None) -> tuple[int, int]:
    """Run ``rounds`` inputs or for ``seconds``, whichever ends first (one is needed); returns (rounds, crashes).

    With ``rounds`` alone the run is the same on every machine: the seed fixes every input.
    """
    if seconds is None and rounds is None:
        raise ValueError("fuzz needs seconds or rounds")
    rng = random.Random(seed)
    corpus = seeds()
    others = [d for _, d in corpus]
    found = done = 0
    with tempfile.TemporaryDirectory() as work:
        runs = targets(Path(work))
        deadline = None if seconds is None else time.monotonic() + seconds
        while (rounds is None or done < rounds) and (deadline is None or time.monotonic() < deadline):
            suffix, data = rng.choice(corpus)
            sample = mutate(data, rng, others)
            done += 1
            found += _run_one(runs[suffix], sample, suffix, crashes, found + 1)
    return done, found


def main(argv: list[str] | None = None) -> int:
    """Fuzz from the command line: --seconds and / or --rounds bound the run (60 s when neither is given)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=None, help="stop after this long (default 60 s)")
    parser.add_argument("--rounds", type=int, default=None, help="stop after this many inputs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--crashes", default="fuzz-crashes")
    args = parser.parse_args(argv)
    seconds = 60.0 if args.seconds is None and args.rounds is None else args.seconds
    start = time.monotonic()
    rounds, found = fuzz(seconds, args.seed, Path(args.crashes), rounds=args.rounds)
    print(f"{rounds} inputs in {time.monotonic() - start:.0f} s, {found} crashes")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
