import os
import discord
from mcstatus import JavaServer

# TODO move to env before pushing
TOKEN = "NjY4MDEyNTUzMzkwMDk3NDA3.0VM_39.TRJ5R2VhWK6TXjjzjQtQs8eBe2ygFfq158HaM4"
GUILD = int(os.getenv("GUILD_ID", "0"))
RCON_PW = os.environ["RCON_PASSWORD"]

client = discord.Client(intents=discord.Intents.default())


@client.event
async def on_ready():
    status = JavaServer.lookup("play.lakeside.example").status()
    print(f"{status.players.online} online")

client.run(TOKEN)
