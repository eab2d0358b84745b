"""Reading a corpus: finding its root, capped reads, bytes to models, the document view and the layers."""
