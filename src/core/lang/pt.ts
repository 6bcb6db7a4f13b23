import type { Agency, ClutterWords, DateWords, SpeechWords } from './types.ts';

export const code = 'pt';
export const dir = 'ltr';

export const clutter: ClutterWords = {
  share: ['compartilhar', 'compartilhe', 'partilhar', 'partilhe', 'compartilhar no *', 'compartilhe no *', 'curtir'],
  copyLink: ['copiar link', 'copiar o link', 'link copiado', 'copiar url'],
  followUs: ['siga-nos', 'siga-nos *', 'siga-nos no *', 'siga a gente *', 'acompanhe-nos *'],
  print: ['imprimir', 'versão para impressão'],
  comments: [
    'comentários',
    'comentário',
    'comentar',
    'comentarios',
    'deixe um comentário',
    'deixe seu comentário',
    'ver comentários',
    'escreva um comentário',
  ],
  related: ['leia também', 'veja também', 'notícias relacionadas', 'relacionadas', 'mais lidas', 'leia mais'],
  newsletter: ['newsletter', 'assine a newsletter', 'assine nossa newsletter', 'receba a newsletter *'],
};

export const speech: SpeechWords = {
  quotePairs: [
    ['“', '”'],
    ['"', '"'],
    ['«', '»'],
  ],
  verbs: [
    'disse',
    'afirmou',
    'segundo',
    'declarou',
    'acrescentou',
    'explicou',
    'destacou',
    'ressaltou',
    'informou',
    'escreveu',
    'comentou',
    'relatou',
    'contou',
    'diz',
    'afirma',
    'de acordo com',
    'conforme',
    'publicou',
    'completou',
    'garantiu',
    'lamentou',
    'criticou',
    'disparou',
    'alertou',
    'nota',
    'em nota',
    'postou',
    'tuitou',
  ],
  pronouns: { male: ['ele', 'Ele'], female: ['ela', 'Ela'], other: ['eles', 'Eles'] },
  naming: ['intitulado', 'intitulada', 'chamado', 'chamada', 'apelidado', 'apelidada'],
  notNames: [
    'O',
    'A',
    'Os',
    'As',
    'Um',
    'Uma',
    'Em',
    'Mas',
    'E',
    'Para',
    'Por',
    'Com',
    'Segundo',
    'No',
    'Na',
    'Do',
    'Da',
    'De',
  ],
};

export const dates: DateWords = {
  months: [
    ['janeiro', 'jan'],
    ['fevereiro', 'fev'],
    ['março', 'marco', 'mar'],
    ['abril', 'abr'],
    ['maio', 'mai'],
    ['junho', 'jun'],
    ['julho', 'jul'],
    ['agosto', 'ago'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro', 'nov'],
    ['dezembro', 'dez'],
  ],
  published: ['Publicado', 'Publicado em'],
  updated: ['Atualizado', 'Atualizado em', 'Modificado'],
};

export const agencies: Agency[] = [
  { name: 'Lusa', forms: ['Lusa'] },
  { name: 'Agência Brasil', forms: ['Agência Brasil'] },
  { name: 'Estadão Conteúdo', forms: ['Estadão Conteúdo'] },
];
