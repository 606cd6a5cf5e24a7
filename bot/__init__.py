"""Chat front ends: the command line, the local REPL and Discord."""
