"""The Discord front end: the discord.py client, slash commands, buttons, embeds, replies.

``run`` starts and stops it, ``sync`` registers the commands, ``markdown`` keeps echoed text
inert and ``cooldowns`` holds the per-user rate limit.

Only what is specific to Discord lives here; the conversation and the rendering of an answer
are shared (``bot.conversation``, ``bot.render``). Nothing is imported here, so the rest of
``bot`` never loads discord.py by accident.
"""
