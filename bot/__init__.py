"""Chat front ends: shared parts (conversation, render, settings, cli, repl) and one package per platform."""
