import google.generativeai as genai
genai.configure(api_key="AIzal1WdNLSBJuO9euJC6lau4XxA2P5yJrZOvHH")
