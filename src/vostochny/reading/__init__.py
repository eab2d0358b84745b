"""Reading a corpus: finding its root, capped reads, bytes to models, the document view and the layers, and what
a hydrated corpus records of the texts annotated (`annotated`)."""
