"""FTP server for the source tests: pyftpdlib on 127.0.0.1, one user, optionally dropping the connection mid-download.

Usage: ftpserver.py ROOT PORT USER PASSWORD [DROP_AFTER_BYTES [DROPS]]
With DROP_AFTER_BYTES, the first DROPS (default 1) file downloads are cut after that many bytes: the data and the
control connection are both closed, as when the network goes away.
"""
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import DTPHandler, FTPHandler
from pyftpdlib.servers import FTPServer

root, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
drop = {"after": int(sys.argv[5]) if len(sys.argv) > 5 else -1, "left": int(sys.argv[6]) if len(sys.argv) > 6 else 1}


class DroppingDTPHandler(DTPHandler):
    def __init__(self, sock, cmd_channel):
        super().__init__(sock, cmd_channel)
        self.sent_bytes = 0

    def send(self, data):
        if drop["after"] >= 0 and drop["left"] > 0 and self.file_obj is not None and not self.receive:
            room = drop["after"] - self.sent_bytes
            if room <= 0:
                drop["left"] -= 1
                command = self.cmd_channel
                self.close()
                command.close()
                return 0
            data = data[:room]
        sent = super().send(data)
        self.sent_bytes += sent
        return sent


authorizer = DummyAuthorizer()
authorizer.add_user(user, password, root, perm="elradfmwMT")
handler = FTPHandler
handler.authorizer = authorizer
handler.dtp_handler = DroppingDTPHandler
handler.use_sendfile = False  # sendfile() would bypass DroppingDTPHandler.send
handler.banner = "oods test ftp"
server = FTPServer(("127.0.0.1", port), handler)
print("ready", flush=True)
server.serve_forever()
