package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A channel through which the customer and the company meet: a website, a phone call, a conference.
 *
 * <p>Channels are an open set. The well-known ones from the sources [001, 003, 004] are constants
 * here; users add their own with {@link #of(String, String, boolean)}. Two channels are equal when
 * their ids are equal.
 *
 * <pre>{@code
 * Channel telegram = Channel.of("telegram", "Telegram", true);
 * Channel phone = Channel.wellKnown("phone").get();   // the same as Channel.PHONE
 * }</pre>
 *
 * @param id the channel's lowercase id
 * @param name the channel's name as people say it
 * @param online whether the channel is online (a website) or offline (a visit to the office)
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Channel(String id, String name, boolean online) {

  /** The company's website. */
  public static final Channel WEBSITE = new Channel("website", "Website", true);

  /** Social networks (SMM). */
  public static final Channel SOCIAL_NETWORKS =
      new Channel("social-networks", "Social networks", true);

  /** Paid advertising: contextual, targeted, banners, retargeting. */
  public static final Channel PAID_ADS = new Channel("paid-ads", "Paid ads", true);

  /** Search engines (SEO). */
  public static final Channel SEARCH = new Channel("search", "Search", true);

  /** Email, including newsletters. */
  public static final Channel EMAIL = new Channel("email", "Email", true);

  /** SMS. */
  public static final Channel SMS = new Channel("sms", "SMS", false);

  /** Push notifications. */
  public static final Channel PUSH = new Channel("push", "Push notifications", true);

  /** Chat and messengers. */
  public static final Channel MESSENGER = new Channel("messenger", "Chat and messengers", true);

  /** Third-party review sites, maps, directories and mentions. */
  public static final Channel REVIEW_SITES =
      new Channel("review-sites", "Review sites and mentions", true);

  /** Blogs and brand media. */
  public static final Channel BLOG = new Channel("blog", "Blog", true);

  /** Webinars. */
  public static final Channel WEBINAR = new Channel("webinar", "Webinar", true);

  /** Widgets on the website: callback, pop-ups, quizzes, countdown timers. */
  public static final Channel WEBSITE_WIDGET =
      new Channel("website-widget", "Website widget", true);

  /** Phone calls. */
  public static final Channel PHONE = new Channel("phone", "Phone", false);

  /** A visit to the store or the office. */
  public static final Channel STORE_VISIT =
      new Channel("store-visit", "Store or office visit", false);

  /** A personal meeting. */
  public static final Channel PERSONAL_MEETING =
      new Channel("personal-meeting", "Personal meeting", false);

  /** A business conference or exhibition. */
  public static final Channel CONFERENCE = new Channel("conference", "Conference", false);

  /** A pilot ("starter") project. */
  public static final Channel PILOT_PROJECT = new Channel("pilot-project", "Pilot project", false);

  /** Word of mouth: friends, colleagues, referrals. */
  public static final Channel WORD_OF_MOUTH = new Channel("word-of-mouth", "Word of mouth", false);

  private static final Seq<Channel> WELL_KNOWN =
      List.of(
          WEBSITE,
          SOCIAL_NETWORKS,
          PAID_ADS,
          SEARCH,
          EMAIL,
          SMS,
          PUSH,
          MESSENGER,
          REVIEW_SITES,
          BLOG,
          WEBINAR,
          WEBSITE_WIDGET,
          PHONE,
          STORE_VISIT,
          PERSONAL_MEETING,
          CONFERENCE,
          PILOT_PROJECT,
          WORD_OF_MOUTH);

  /**
   * Creates a channel; {@link Journey.Builder#build()} checks the id and name of every channel a
   * journey uses.
   *
   * @param id the channel's lowercase id
   * @param name the channel's name
   * @param online whether the channel is online
   */
  public Channel {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(name, "name is null");
  }

  /**
   * Creates a channel of the user's own.
   *
   * @param id the channel's lowercase id
   * @param name the channel's name
   * @param online whether the channel is online
   * @return the channel
   */
  public static Channel of(String id, String name, boolean online) {
    return new Channel(id, name, online);
  }

  /**
   * Returns the well-known channels, in a stable order.
   *
   * @return the channels named by the sources
   */
  public static Seq<Channel> wellKnown() {
    return WELL_KNOWN;
  }

  /**
   * Finds a well-known channel by id.
   *
   * @param id a lowercase id such as {@code phone}
   * @return the channel, or none when no well-known channel has that id
   */
  public static Option<Channel> wellKnown(String id) {
    return WELL_KNOWN.find(channel -> channel.id.equals(id));
  }

  /**
   * Two channels are equal when their ids are equal.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a channel with the same id
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Channel that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
