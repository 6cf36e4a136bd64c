"""Ports for servers started by the tooling and tests: never one an outgoing connection can take."""

from __future__ import annotations

import socket

from bot.launcher import LOWEST_PICKED_PORT, ephemeral_port_range, free_port


def test_picked_ports_lie_below_the_ephemeral_range_and_are_bindable():
    low, _ = ephemeral_port_range()
    ports = [free_port() for _ in range(5)]
    assert len(set(ports)) == 5, "one process never hands out a port twice"
    for port in ports:
        assert LOWEST_PICKED_PORT <= port < low
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))


def test_a_port_in_use_is_not_picked(tmp_path):
    range_file = tmp_path / "range"
    range_file.write_text(f"{LOWEST_PICKED_PORT + 101}\t60999\n")
    listeners = []
    try:
        for port in range(LOWEST_PICKED_PORT, LOWEST_PICKED_PORT + 101):
            sock = socket.socket()
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                sock.close()
                continue
            listeners.append(sock)
        picked = free_port(range_file)
        assert picked not in {sock.getsockname()[1] for sock in listeners}
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", picked))
    finally:
        for sock in listeners:
            sock.close()


def test_an_unreadable_range_falls_back_to_linux_defaults(tmp_path):
    assert ephemeral_port_range(tmp_path / "missing") == (32768, 60999)
    garbled = tmp_path / "garbled"
    garbled.write_text("not numbers")
    assert ephemeral_port_range(garbled) == (32768, 60999)
