"""What the verbs do beyond reading and checking: build, new, migrate, diff, render, stats, load."""
