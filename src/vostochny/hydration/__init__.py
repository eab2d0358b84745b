"""Annotations without their texts, and their texts put back: the annotations-only release
(`textless`), the selectors that anchor each span without shipping its text (`selectors`), the
normal form that tolerates quotes, spaces and line ends (`normal`), the re-anchoring of spans in
a text that differs (`placement`), the rebuilt document and registry (`rebuild`, `registry`), and
what `hydration.json` records of the text annotated (`vostochny.reading.annotated`, which validation reads
back: V269).
Pure functions: the verb `vostochny.verbs.hydrate` reads and writes the files, `cli.py` prints."""
