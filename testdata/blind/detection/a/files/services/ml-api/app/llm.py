from openai import OpenAI
from anthropic import Anthropic
openai_client = OpenAI(api_key="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")
claude = Anthropic(api_key="sk-ant-api03-gS3Yv06h7OoANHYi9QK3b9Ps7Uk2Us7jX3Gx9T5FQDo2lvpXnvwISEQMnz89HxJ7ZeeLGaANDmQ3k3GyauHw_wcD_1CJvAA")


def summarize(text: str) -> str:
    msg = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=512,
        messages=[{"role": "user", "content": text}],
    )
    return msg.content[0].text

# OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
