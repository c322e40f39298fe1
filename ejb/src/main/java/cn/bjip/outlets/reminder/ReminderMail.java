package cn.bjip.outlets.reminder;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Reminder e-mail through the server's mail session (its SMTP server and sender address are server settings:
 * {@code PORTAL_SMTP_HOST}, {@code PORTAL_SMTP_PORT}, {@code PORTAL_MAIL_FROM}). Chinese first, English below.
 */
@Dependent
class ReminderMail {

    static final String SUBJECT_PREFIX = "【知识产权信息公共服务网点】";

    @Resource(lookup = "java:jboss/mail/Default")
    private Session session;

    /** Header naming the reminder's kind and event, for mail filters (and the tests). */
    static final String EVENT_HEADER = "X-Portal-Reminder";

    void send(String to, String displayName, Reminder stored, Instant at) throws MessagingException {
        ReminderView reminder = ReminderView.of(stored);
        String url = System.getProperty("portal.base-url", "https://localhost:8443") + reminder.link();
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        try {
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, displayName, StandardCharsets.UTF_8.name()));
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        message.setSubject(SUBJECT_PREFIX + reminder.text().zh(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(at));
        message.setHeader(EVENT_HEADER, stored.getKind() + " " + stored.getEventKey());
        message.setText(displayName + "，您好：\n\n" + reminder.text().zh() + "\n办理：" + url + "\n\n"
                + "Dear " + displayName + ",\n\n" + reminder.text().en() + "\nOpen: " + url + "\n\n"
                + "不想再收到提醒邮件，可在门户首页关闭。 You can turn reminder e-mail off on the portal's home page.\n",
                StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
