/** The bot's own account on every channel: the sender of its replies and of relayed notices. */
export const BOT_ACCOUNT = { id: 'veilig-thuis-bot', name: 'Veilig Thuis' };
