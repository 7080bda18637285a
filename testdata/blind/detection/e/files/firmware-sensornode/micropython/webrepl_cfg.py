PASS = 'zQhQemTw'
