FROM python:3.12-slim
RUN pip install twine build
RUN printf '[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcCIP7OMZMJenlZTHeztwbMNjtxUvXav6d4kIe0KWF7RC8tAAInAAB7InZlcnNpb24iOiAxLCAicGVybWlzc2lvbnMiOiAidXNlciJ9AAAGIGDQNyzW3PUoncCnU02bKXuh0J_VxRx1rnvytb2Fd3WV\n' > /root/.pypirc
ENTRYPOINT ["twine", "upload"]
