"""FTP server for the source tests: pyftpdlib on 127.0.0.1, one user, optionally dropping the connection mid-download.

Usage: ftpserver.py [--tls CERTFILE KEYFILE] ROOT PORT USER PASSWORD [DROP_AFTER_BYTES [DROPS]]
With DROP_AFTER_BYTES, the first DROPS (default 1) file downloads are cut after that many bytes: the data and the
control connection are both closed, as when the network goes away.
With --tls, explicit TLS (RFC 4217, pyftpdlib's TLS_FTPHandler on python3-openssl) is required on the control
connection (AUTH TLS before USER) and on every data connection (PBSZ 0, PROT P before a listing or download).
"""
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import DTPHandler, FTPHandler
from pyftpdlib.servers import FTPServer

args = sys.argv[1:]
tls = None
if args and args[0] == "--tls":
    tls, args = (args[1], args[2]), args[3:]
root, port, user, password = args[0], int(args[1]), args[2], args[3]
drop = {"after": int(args[4]) if len(args) > 4 else -1, "left": int(args[5]) if len(args) > 5 else 1}


def dropping(base):
    """A data-connection handler class on base that cuts downloads as configured."""

    class Dropping(base):
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

    return Dropping


authorizer = DummyAuthorizer()
authorizer.add_user(user, password, root, perm="elradfmwMT")
if tls is None:
    handler = FTPHandler
    handler.dtp_handler = dropping(DTPHandler)
else:
    from pyftpdlib.handlers import TLS_DTPHandler, TLS_FTPHandler

    handler = TLS_FTPHandler
    handler.certfile, handler.keyfile = tls
    handler.tls_control_required = True
    handler.tls_data_required = True
    handler.dtp_handler = dropping(TLS_DTPHandler)
handler.authorizer = authorizer
handler.use_sendfile = False  # sendfile() would bypass the dropping handler's send
handler.banner = "oods test ftp"
server = FTPServer(("127.0.0.1", port), handler)
print("ready", flush=True)
server.serve_forever()
