/** Indicators for «Должен уметь». */
import type { CompetencyId } from '../competencies';
import type { BehaviourIndicator } from './types';

export const SKILL_INDICATORS: Record<Extract<CompetencyId, `s.${string}`>, readonly BehaviourIndicator[]> = {
  's.research': [
    {
      id: 'needs',
      behaviour: {
        ru: 'Выявляет потребности вопросами',
        en: 'Uncovers needs by asking questions',
      },
      strong: {
        ru: 'Спрашивает о ситуации клиента, его проблеме и её последствиях, прежде чем что-то предлагать',
        en: "Asks about the client's situation, their problem and its consequences before offering anything",
      },
      weak: {
        ru: 'Сразу начинает продавать, не задав ни одного вопроса',
        en: 'Starts selling at once without asking a single question',
      },
    },
    {
      id: 'feedback',
      behaviour: {
        ru: 'Собирает обратную связь и причины недовольства',
        en: 'Gathers feedback and the reasons for dissatisfaction',
      },
      strong: {
        ru: 'Выясняет, чем клиент недоволен и почему, записывает и передаёт руководству с предложением',
        en: 'Finds out what the client is unhappy with and why, records it and passes it to management with a proposal',
      },
      weak: {
        ru: 'Пропускает жалобу мимо ушей, ничего не фиксирует',
        en: 'Lets the complaint go by and records nothing',
      },
    },
    {
      id: 'audience',
      behaviour: {
        ru: 'Анализирует аудиторию потенциальных клиентов',
        en: 'Analyses the audience of potential clients',
      },
      strong: {
        ru: 'По данным определяет, какие клиенты целевые, и начинает с них',
        en: 'Uses data to decide which clients are the target ones and starts with them',
      },
      weak: {
        ru: 'Обзванивает всех подряд без отбора',
        en: 'Calls everyone on the list with no selection',
      },
    },
  ],
  's.pr': [
    {
      id: 'goal',
      behaviour: {
        ru: 'Готовит мероприятие с целью и для определённой аудитории',
        en: 'Prepares an event with a goal and for a defined audience',
      },
      strong: {
        ru: 'Определяет цель, аудиторию, главное сообщение и как будет измерен результат',
        en: 'Sets the goal, the audience, the key message and how the result will be measured',
      },
      weak: {
        ru: 'Проводит акцию «для галочки», без цели и без оценки результата',
        en: 'Runs a campaign just to tick a box, with no goal and no measure of the result',
      },
    },
    {
      id: 'publicVoice',
      behaviour: {
        ru: 'Говорит от имени компании согласованно и без лишних обещаний',
        en: 'Speaks for the company consistently and without overpromising',
      },
      strong: {
        ru: 'Публично говорит только то, что согласовано и что компания выполнит',
        en: 'Says in public only what has been agreed and what the company will deliver',
      },
      weak: {
        ru: 'Раздаёт на публике обещания, которые компания выполнить не может',
        en: 'Makes public promises the company cannot keep',
      },
    },
  ],
  's.computer': [
    {
      id: 'database',
      behaviour: {
        ru: 'Ведёт клиентскую базу структурированно',
        en: 'Keeps the client base structured',
      },
      strong: {
        ru: 'Одна запись на клиента, понятные поля (контакты, история, статус), без дублей',
        en: 'One record per client, clear fields (contacts, history, status), no duplicates',
      },
      weak: {
        ru: 'Держит сведения о клиентах в разрозненных файлах и заметках',
        en: 'Keeps client details in scattered files and notes',
      },
    },
    {
      id: 'history',
      behaviour: {
        ru: 'Пользуется системой, прежде чем ответить клиенту',
        en: 'Uses the system before answering the client',
      },
      strong: {
        ru: 'Находит историю обращений клиента и отвечает с учётом прежних договорённостей',
        en: "Looks up the client's history and answers with the earlier agreements in mind",
      },
      weak: {
        ru: 'Просит клиента заново рассказать то, что уже записано в системе',
        en: 'Asks the client to repeat what is already recorded in the system',
      },
    },
  ],
  's.infoProcessing': [
    {
      id: 'extract',
      behaviour: {
        ru: 'Находит в таблице или отчёте нужный факт',
        en: 'Finds the fact that matters in a table or report',
      },
      strong: {
        ru: 'Определяет по данным убыточного или перспективного клиента и объясняет, почему',
        en: 'Picks out the unprofitable or promising client from the data and explains why',
      },
      weak: {
        ru: 'Неверно читает цифры или делает вывод, который данные не подтверждают',
        en: 'Misreads the figures or draws a conclusion the data do not support',
      },
    },
    {
      id: 'summary',
      behaviour: {
        ru: 'Кратко и точно фиксирует итоги контакта',
        en: 'Records the outcome of a contact briefly and accurately',
      },
      strong: {
        ru: 'Записывает договорённости, пожелания клиента и следующий шаг так, что коллега может продолжить',
        en: "Writes down the agreements, the client's wishes and the next step so that a colleague can carry on",
      },
      weak: {
        ru: 'Оставляет расплывчатую запись или не оставляет никакой',
        en: 'Leaves a vague note or none at all',
      },
    },
  ],
  's.negotiation': [
    {
      id: 'tradeConcessions',
      behaviour: {
        ru: 'Обменивает уступки, а не дарит их',
        en: 'Trades concessions rather than giving them away',
      },
      strong: {
        ru: '«Если вы увеличите объём заказа, мы сможем продлить отсрочку платежа»',
        en: '"If you increase the order volume, we can extend the payment terms"',
      },
      weak: {
        ru: 'Даёт скидку при первом же возражении, ничего не получая взамен',
        en: 'Gives a discount at the first objection and gets nothing in return',
      },
    },
    {
      id: 'objections',
      behaviour: {
        ru: 'Работает с возражениями',
        en: 'Handles objections',
      },
      strong: {
        ru: 'Сначала уточняет возражение («Дорого — по сравнению с чем?»), потом отвечает и проверяет, снят ли вопрос',
        en: 'First clarifies the objection ("Expensive compared with what?"), then answers and checks the concern is resolved',
      },
      weak: {
        ru: 'Сразу снижает цену или спорит с клиентом',
        en: 'Cuts the price at once or argues with the client',
      },
    },
    {
      id: 'limits',
      behaviour: {
        ru: 'Знает свои границы в переговорах',
        en: 'Knows their limits in a negotiation',
      },
      strong: {
        ru: 'Заранее знает худшие приемлемые условия и вежливо не соглашается на невыгодные',
        en: 'Knows in advance the worst terms they can accept and politely declines loss-making ones',
      },
      weak: {
        ru: 'Соглашается на условия, в которых компания теряет деньги',
        en: 'Agrees to terms on which the company loses money',
      },
    },
    {
      id: 'close',
      behaviour: {
        ru: 'Завершает переговоры результатом',
        en: 'Ends the negotiation with a result',
      },
      strong: {
        ru: 'Подводит итог: что согласовано, кто что делает и к какому сроку',
        en: 'Sums up what was agreed, who does what and by when',
      },
      weak: {
        ru: 'Расстаётся с клиентом без договорённостей и следующего шага',
        en: 'Parts with the client with no agreement and no next step',
      },
    },
  ],
};
