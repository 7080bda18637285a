import requests

BASE = 'https://api.acme-corp.io'
HEADERS = {'Authorization': 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlZmZkYTQ4Ny05YjI4LTRmZmEtYmM2OC00ZmJlOGQ3YzEwNDkiLCJpYXQiOjE3MjQ2NTMwMDMsImV4cCI6MTcyNzI0NTAwMywicm9sZSI6InNlcnZpY2UifQ.-OI0bbthLkURa9A4JzZviHWKF1a0pH9XwRaQBuSptPJ'}

print(requests.get(BASE + '/v1/me', headers=HEADERS).json())
