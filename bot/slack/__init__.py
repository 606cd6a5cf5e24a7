"""The Slack front end (Bolt for Python, Socket Mode): only what is specific to Slack lives here."""
