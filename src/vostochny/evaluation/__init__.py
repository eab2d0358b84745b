"""The benchmark scorer: predictions against a split of the corpus, every layer, one report.

`spans` (the four SemEval-2013 9.1 schemes), `coref` (MUC, B-cubed, CEAF-e, LEA; `assignment`
aligns clusters for CEAF), `quotes` and `relations` score gold and predicted document views;
`predictions` reads the formats people have (`conll` parses the token tables) into views paired
with their gold; `counts` turns counts into precision, recall and F1; `scoring` runs the scorers;
`report` renders the result. Metric definitions: docs/evaluation.md.
"""

#: the prediction formats `vostochny evaluate` reads (here, so that the command line's parser
#: names them without importing the readers)
FORMATS = ("json", "jsonl", "conll2003", "conll2012", "conllu")
