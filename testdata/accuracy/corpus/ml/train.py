import os

import openai
import wandb
from huggingface_hub import login
from pinecone import Pinecone

login(token="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")
client = openai.OpenAI(api_key="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")
legacy = openai.OpenAI(api_key="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")
pc = Pinecone(api_key="pcsk_nfgzBm_T5dTuSiQImwWHTuC3ob36uhkHpYBuxXHiyfb7jEZ6G4WRzdj91kdnVjoxx8H3ZK")

ORG_TOKEN = "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"

os.environ["LANGSMITH_API_KEY"] = "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"
os.environ["REPLICATE_API_TOKEN"] = "r8_6tzdWqGrrg5IVHUv4Suzw4eX0kU2z7qjs20rr"


def embed(texts):
    return client.embeddings.create(model="text-embedding-3-small", input=texts)
