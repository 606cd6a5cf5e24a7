"""The Discord front end: discord.py client, slash commands, embeds and replies.

Only what is specific to Discord lives here; the conversation and the rendering of an answer
are shared (``bot.conversation``, ``bot.render``). Nothing is imported here, so the rest of
``bot`` never loads discord.py by accident.
"""
