"""QR matrices bit-for-bit as the qrcode library makes them, about ten times faster."""

# Why: `qrcode.QRCode.make()` lays the data out nine times (once per mask to score it, then
# the chosen one) and scores each mask with pure-Python loops over every module; a vCard
# took about 20 ms. Here the library still splits the payload into segments (its modes and
# its choice between them) and supplies the standard's tables; the rest works on one
# Python integer per matrix: each version's function patterns, data positions and
# masked positions are computed once, the eight candidates differ by one XOR, and the
# penalty rules of ISO/IEC 18004 (scored exactly as `qrcode.util.lost_point` does, on the
# same test matrices) run as shifts and ANDs over the whole matrix. The same mask wins,
# so the output equals the library's; tests compare both on many payloads and decode
# the codes with zbar.

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import qrcode
import qrcode.exceptions
from qrcode import LUT, base, util

_PAD = (0xEC, 0x11)
_FINDER_LIKE = ("10111010000", "00001011101")


@dataclass(frozen=True, slots=True)
class _Layout:
    """What every code of one version shares; a matrix is one integer (see `penalty`)."""

    size: int
    capacity: int  # data positions
    function: int  # dark function modules; format/version areas light (as when scoring)
    gather: tuple[int, ...]  # per module: its index in the placed bit string (capacity: none)
    masked: tuple[int, ...]  # per mask: the data modules it inverts


def _module_bits(size: int, cells: list[list[bool | None]]) -> int:
    """A grid as one integer: module (r, c) is bit size*size-1-(r*size+c)."""
    return int("".join("1" if m else "0" for row in cells for m in row), 2)


@lru_cache(maxsize=41)
def _layout(version: int) -> _Layout:
    """Function patterns, data positions and mask bits of one version (from the library)."""
    code = qrcode.QRCode(version=version, border=0)
    size = version * 4 + 17
    code.modules_count = size
    code.modules = [[None] * size for _ in range(size)]
    code.setup_position_probe_pattern(0, 0)
    code.setup_position_probe_pattern(size - 7, 0)
    code.setup_position_probe_pattern(0, size - 7)
    code.setup_position_adjust_pattern()
    code.setup_timing_pattern()
    code.setup_type_info(True, 0)  # test mode: reserves the format areas, all light
    if version >= 7:
        code.setup_type_number(True)
    grid: list[list[bool | None]] = code.modules
    # The zigzag of qrcode.QRCode.map_data: two columns at a time, from the right.
    order: list[tuple[int, int]] = []
    row, inc = size - 1, -1
    for col in range(size - 1, 0, -2):
        if col <= 6:
            col -= 1
        while True:
            for c in (col, col - 1):
                if grid[row][c] is None:
                    order.append((row, c))
            row += inc
            if row < 0 or row >= size:
                row -= inc
                inc = -inc
                break
    gather = [len(order)] * (size * size)
    for index, (r, c) in enumerate(order):
        gather[r * size + c] = index
    masked = []
    for pattern in range(8):
        flip = util.mask_func(pattern)
        cells: list[list[bool | None]] = [[False] * size for _ in range(size)]
        for r, c in order:
            cells[r][c] = bool(flip(r, c))
        masked.append(_module_bits(size, cells))
    return _Layout(size, len(order), _module_bits(size, grid), tuple(gather), tuple(masked))


@lru_cache(maxsize=328)
def _format_bits(version: int, level: int, pattern: int) -> int:
    """The dark format (and version) modules and the dark module, for one mask."""
    size = version * 4 + 17
    code = qrcode.QRCode(version=version, error_correction=level, border=0)
    code.modules_count = size
    code.modules = [[None] * size for _ in range(size)]
    code.setup_type_info(False, pattern)
    if version >= 7:
        code.setup_type_number(False)
    return _module_bits(size, code.modules)


def _segments(data: bytes) -> list[util.QRData]:
    """The library's split of the payload into numeric/alphanumeric/byte segments."""
    code = qrcode.QRCode(border=0)
    code.add_data(data)
    return list(code.data_list)


def _bits_needed(segments: list[util.QRData], version: int) -> int:
    sizes = util.mode_sizes_for_version(version)
    total = 0
    for seg in segments:
        n = len(seg)
        if seg.mode == util.MODE_NUMBER:
            body = 10 * (n // 3) + (0, 4, 7)[n % 3]
        elif seg.mode == util.MODE_ALPHA_NUM:
            body = 11 * (n // 2) + 6 * (n % 2)
        else:
            body = 8 * n
        total += 4 + sizes[seg.mode] + body
    return total


def fit_version(segments: list[util.QRData], level: int) -> int:
    """The smallest version that holds the segments (as `QRCode.best_fit`).

    Raises:
        qrcode.exceptions.DataOverflowError: Too much for version 40.
    """
    limits = util.BIT_LIMIT_TABLE[level]
    start = 1
    while True:
        version = bisect_left(limits, _bits_needed(segments, start), start)
        if version > 40:
            raise qrcode.exceptions.DataOverflowError()
        if util.mode_sizes_for_version(version) is util.mode_sizes_for_version(start):
            return version
        start = version  # longer length fields from here on: count again


def _codewords(segments: list[util.QRData], version: int, level: int) -> list[int]:
    """Data and error-correction codewords, interleaved (as `qrcode.util.create_data`)."""
    sizes = util.mode_sizes_for_version(version)
    parts: list[str] = []
    for seg in segments:
        parts.append(format(seg.mode, "04b"))
        parts.append(format(len(seg), f"0{sizes[seg.mode]}b"))
        data = seg.data
        if seg.mode == util.MODE_NUMBER:
            for i in range(0, len(data), 3):
                chunk = data[i:i + 3]
                parts.append(format(int(chunk), f"0{util.NUMBER_LENGTH[len(chunk)]}b"))
        elif seg.mode == util.MODE_ALPHA_NUM:
            alpha = util.ALPHA_NUM
            for i in range(0, len(data), 2):
                pair = data[i:i + 2]
                if len(pair) > 1:
                    parts.append(format(alpha.find(pair[:1]) * 45 + alpha.find(pair[1:]), "011b"))
                else:
                    parts.append(format(alpha.find(pair), "06b"))
        elif data:
            parts.append(format(int.from_bytes(data, "big"), f"0{8 * len(data)}b"))
    bits = "".join(parts)
    blocks = base.rs_blocks(version, level)
    limit = sum(b.data_count for b in blocks) * 8
    if len(bits) > limit:
        raise qrcode.exceptions.DataOverflowError()
    bits += "0" * min(limit - len(bits), 4)
    bits += "0" * (-len(bits) % 8)
    stream = list(int(bits, 2).to_bytes(len(bits) // 8, "big")) if bits else []
    stream += [_PAD[i % 2] for i in range(limit // 8 - len(stream))]

    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    offset = 0
    for block in blocks:
        dc = stream[offset:offset + block.data_count]
        offset += block.data_count
        ec_count = block.total_count - block.data_count
        products = _generator_products(ec_count)
        remainder = [0] * ec_count
        for value in dc:  # polynomial long division, one codeword at a time
            lead = value ^ remainder[0]
            remainder = [a ^ b for a, b in zip(remainder[1:] + [0], products[lead],
                                                strict=True)]
        data_blocks.append(dc)
        ec_blocks.append(remainder)
    out: list[int] = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in group)):
            out.extend(b[i] for b in group if i < len(b))
    return out


@lru_cache(maxsize=64)
def _generator_products(ec_count: int) -> tuple[tuple[int, ...], ...]:
    """For each byte v: v times the generator polynomial without its leading 1."""
    if ec_count in LUT.rsPoly_LUT:
        coefficients = list(LUT.rsPoly_LUT[ec_count])
    else:  # the library's product of (x - a^i)
        poly = base.Polynomial([1], 0)
        for i in range(ec_count):
            poly = poly * base.Polynomial([1, base.gexp(i)], 0)
        coefficients = [poly[i] for i in range(len(poly))]
    logs = [base.LOG_TABLE[c] for c in coefficients[1:]]
    table: list[tuple[int, ...]] = [(0,) * ec_count]
    for value in range(1, 256):
        shift = base.LOG_TABLE[value]
        table.append(tuple(base.EXP_TABLE[(g + shift) % 255] for g in logs))
    return tuple(table)


@lru_cache(maxsize=41)
def _windows(size: int) -> tuple[int, int, int]:
    """Where a window may start in the rows-then-columns bit string of one version.

    Returns:
        Bit masks for windows of 5 and of 11 modules inside one line, and for 2x2 blocks
        inside the rows (bit L-1-s stands for position s of the string, L its length).
    """
    line = lambda width: "1" * (size - width + 1) + "0" * (width - 1)  # noqa: E731
    fives = int(line(5) * (2 * size), 2)
    elevens = int(line(11) * (2 * size), 2)
    blocks = int((line(2) * (size - 1)).ljust(2 * size * size, "0"), 2)
    return fives, elevens, blocks


def penalty(matrix: int, size: int) -> int:
    """The mask penalty of `qrcode.util.lost_point` for a matrix as one integer.

    All rows, then all columns, form one bit string X (position s is bit L-1-s), so that
    each rule is a handful of shifts and ANDs over the whole matrix: ``X << k`` puts the
    module k places further along at the position of the window's first module.
    """
    text = format(matrix, f"0{size * size}b")
    x = (matrix << (size * size)) | int("".join(text[c::size] for c in range(size)), 2)
    fives, elevens, blocks = _windows(size)
    same_next = ~(x ^ (x << 1))  # module s equals module s+1
    # Rule 1: every run of n >= 5 equal modules costs n - 2 = (n - 4 windows of five) + 2.
    five = same_next & (same_next << 1) & (same_next << 2) & (same_next << 3) & fives
    score = five.bit_count() + 2 * (five & ~(five >> 1)).bit_count()
    # Rule 2: each 2x2 block of one colour costs 3.
    same_below = ~(x ^ (x << size))
    score += 3 * (same_below & (same_below << 1) & same_next & blocks).bit_count()
    # Rule 3: each 1:1:3:1:1 finder-like pattern with four light modules beside costs 40.
    found = 0
    for pattern in _FINDER_LIKE:
        match = elevens
        for k, module in enumerate(pattern):
            match &= (x << k) if module == "1" else ~(x << k)
        found |= match
    score += 40 * found.bit_count()
    # Rule 4: every 5 % away from half dark costs 10.
    score += 10 * int(abs(matrix.bit_count() / size**2 * 100 - 50) / 5)
    return score


def encode(data: bytes, level: int, *, pattern: int | None = None) -> tuple[tuple[bool, ...], ...]:
    """The module matrix (no quiet zone) the qrcode library would make for `data`.

    Args:
        data: The payload bytes.
        level: qrcode.constants.ERROR_CORRECT_L/M/Q/H.
        pattern: A fixed mask (0-7); None chooses the one with the lowest penalty.

    Raises:
        qrcode.exceptions.DataOverflowError: The payload does not fit into any version.
    """
    segments = _segments(data)
    version = fit_version(segments, level)
    layout = _layout(version)
    size = layout.size
    words = _codewords(segments, version, level)
    placed = format(int.from_bytes(bytes(words), "big"), f"0{8 * len(words)}b")
    placed = placed[:layout.capacity].ljust(layout.capacity + 1, "0")
    unmasked = layout.function | int("".join(itemgetter(*layout.gather)(placed)), 2)
    if pattern is None:
        scores = [penalty(unmasked ^ layout.masked[k], size) for k in range(8)]
        pattern = scores.index(min(scores))  # the first of equals, as the library picks
    final = (unmasked ^ layout.masked[pattern]) | _format_bits(version, level, pattern)
    text = format(final, f"0{size * size}b")
    dark = "1".__eq__
    return tuple(tuple(map(dark, text[i:i + size])) for i in range(0, size * size, size))
