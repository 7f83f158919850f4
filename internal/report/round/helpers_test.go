package round_test

const example = "../../../examples/eksjo-2020-2021.toml"
