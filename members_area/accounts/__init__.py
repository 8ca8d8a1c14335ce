"""The accounts of the network: the User model and its security.

Who may log in and how (adapters, invitations, roles), how often they may try (lockout), which accounts need a
second factor (second_factor), how long a session lasts (sessions) and the security headers (headers).
"""
