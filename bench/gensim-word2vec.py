#!/usr/bin/python3
"""Trains gensim's C word2vec on a walks file written by the graph scorer (-Dconcord.graph.walksFile=...)
with the settings of Concord's defaults, and prints walk tokens per second, for the comparison asked in issue 4.

usage: bench/gensim-word2vec.py WALKS [dims window negative epochs workers sample]
"""
import sys
import time

from gensim.models import Word2Vec
from gensim.models.word2vec import LineSentence

path = sys.argv[1]
dims, window, negative, epochs, workers = (int(x) for x in (sys.argv[2:7] or [100, 3, 5, 1, 2]))
sample = float(sys.argv[7]) if len(sys.argv) > 7 else 1e-3
tokens = sum(len(line.split()) for line in open(path))
start = time.time()
Word2Vec(LineSentence(path, max_sentence_length=100000), vector_size=dims, window=window, negative=negative, hs=0, sg=1,
         min_count=1, sample=sample, epochs=epochs, workers=workers, seed=42)
seconds = time.time() - start
print(f"gensim {dims}d window {window} neg {negative} epochs {epochs} workers {workers}: {tokens} walk tokens, "
      f"{seconds:.1f} s (vocab+train), {tokens * epochs / seconds:,.0f} walk tokens/s")
