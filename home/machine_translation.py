"""DeepL for wagtail-localize, tuned to the network's languages: Brazilian Portuguese, and the formal address."""

from wagtail_localize.machine_translators.deepl import DeepLTranslator


class NetworkDeepLTranslator(DeepLTranslator):
    """DeepL asked for Brazilian Portuguese (the site's "pt") and, unless configured otherwise, the formal address
    ("Sie", "usted", "o senhor"), which is how the site speaks to people."""

    def get_parameters(self, source_locale, target_locale, strings) -> dict:
        parameters = super().get_parameters(source_locale, target_locale, strings)
        if parameters["target_lang"] == "PT":
            parameters["target_lang"] = "PT-BR"
        return parameters
