"""Annotations without their texts, and their texts put back: the annotations-only release
(`textless`), the selectors that anchor each span without shipping its text (`selectors`), the
normal form that tolerates quotes, spaces and line ends (`normal`), the re-anchoring of spans in
a text that differs (`placement`), and the rebuilt document and registry (`rebuild`, `registry`).
Pure functions: the verb `vostochny.verbs.hydrate` reads and writes the files, `cli.py` prints."""
