import pytest

from lost_items.references import InvalidReference, RecordType, format_reference, parse_reference


def test_a_reference_reads_back_to_its_record():
    reference = format_reference(RecordType.FOUND_ITEM, 4273)
    assert reference.isdigit() and len(reference) == 9
    assert parse_reference(reference) == (RecordType.FOUND_ITEM, 4273)
    assert parse_reference(format_reference(RecordType.LOSS_REPORT, 9_999_999)) == (
        RecordType.LOSS_REPORT,
        9_999_999,
    )


@pytest.mark.parametrize("record_id", [1, 42, 4273, 918_273, 9_999_999])
def test_every_single_digit_slip_is_caught(record_id):
    reference = format_reference(RecordType.FOUND_ITEM, record_id)
    for position in range(len(reference)):
        for digit in "0123456789":
            if digit == reference[position]:
                continue
            typo = reference[:position] + digit + reference[position + 1 :]
            with pytest.raises(InvalidReference):
                parse_reference(typo)


@pytest.mark.parametrize("record_id", [12, 4273, 918_273, 1_234_567])
def test_every_swap_of_neighbouring_digits_is_caught(record_id):
    reference = format_reference(RecordType.FOUND_ITEM, record_id)
    for position in range(len(reference) - 1):
        swapped = (
            reference[:position]
            + reference[position + 1]
            + reference[position]
            + reference[position + 2 :]
        )
        if swapped != reference:
            with pytest.raises(InvalidReference):
                parse_reference(swapped)


@pytest.mark.parametrize(
    "text", ["", "12", "1234567890", "abcdefghi", "１２３４５６７８９", "*12345678", "000000000"]
)
def test_junk_is_not_a_reference(text):
    with pytest.raises(InvalidReference):
        parse_reference(text)
