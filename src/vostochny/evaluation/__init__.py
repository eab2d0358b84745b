"""The benchmark scorer: predictions against a split of the corpus, every layer, one report.

`spans` (the four SemEval-2013 9.1 schemes), `coref` (MUC, B-cubed, CEAF-e, LEA), `quotes`,
`relations` are pure functions of gold and predicted documents; `predictions` reads the formats
people have into documents; `scoring` runs them; `report` renders the result. Metric
definitions: docs/evaluation.md.
"""

#: the prediction formats `vostochny evaluate` reads (here, so that the command line's parser
#: names them without importing the readers)
FORMATS = ("json", "jsonl", "conll2003", "conll2012", "conllu")
