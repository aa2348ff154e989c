"""The phone line itself, apart from its views (`ivr/webhooks/`): the conversation as TwiML
(`call_flow`, `agent_flow`, built from the sentences of `prompts/` with `prompts`, `speech`
and `twiml`), routing callers to agents (`routing`, `dispatching`, `callbacks`,
`wait_estimates`), answers to text messages (`text_search`), Twilio's signatures
(`signature`) and REST API (`twilio_gateway`), and the terminal phone (`phone`) that the
`flask call` command and the tests call the line with."""
