<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="rooftop" tilewidth="16" tileheight="16" tilecount="352" columns="16">
 <image source="../../sprites/tiles/rooftop.png" width="256" height="352"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="floor_tar_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="floor_tar_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="floor_tar_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="floor_tar_4"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="floor_tar_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="puddle_1"/>
   <property name="surface" value="soft"/>
  </properties>
  <animation>
   <frame tileid="5" duration="260"/>
   <frame tileid="6" duration="260"/>
   <frame tileid="7" duration="260"/>
  </animation>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="puddle_2"/>
   <property name="surface" value="soft"/>
  </properties>
  <animation>
   <frame tileid="8" duration="260"/>
   <frame tileid="9" duration="260"/>
   <frame tileid="10" duration="260"/>
  </animation>
 </tile>
 <tile id="11">
  <properties>
   <property name="tile_name" value="puddle_3"/>
   <property name="surface" value="soft"/>
  </properties>
  <animation>
   <frame tileid="11" duration="260"/>
   <frame tileid="12" duration="260"/>
   <frame tileid="13" duration="260"/>
  </animation>
 </tile>
 <tile id="14">
  <properties>
   <property name="tile_name" value="parapet_top"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="15">
  <properties>
   <property name="tile_name" value="parapet_top_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="parapet_top_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="17">
  <properties>
   <property name="tile_name" value="parapet_top_ns"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="18">
  <properties>
   <property name="tile_name" value="parapet_top_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="19">
  <properties>
   <property name="tile_name" value="parapet_top_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="parapet_top_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="21">
  <properties>
   <property name="tile_name" value="parapet_top_nse"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="parapet_top_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="tile_name" value="parapet_top_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="parapet_top_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="25">
  <properties>
   <property name="tile_name" value="parapet_top_nsw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="26">
  <properties>
   <property name="tile_name" value="parapet_top_ew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="27">
  <properties>
   <property name="tile_name" value="parapet_top_new"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="28">
  <properties>
   <property name="tile_name" value="parapet_top_sew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="29">
  <properties>
   <property name="tile_name" value="parapet_top_nsew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="30">
  <properties>
   <property name="tile_name" value="parapet_top_in_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="31">
  <properties>
   <property name="tile_name" value="parapet_top_in_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="parapet_top_in_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="parapet_top_in_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="parapet_top_in_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="parapet_top_in_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="parapet_top_in_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="parapet_top_in_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="parapet_top_in_all"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="wall_parapet_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="wall_parapet_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="wall_parapet_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="wall_parapet_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="wall_parapet_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="wall_parapet_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="wall_parapet_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="wall_parapet_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="47">
  <properties>
   <property name="tile_name" value="sky_1"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="tile_name" value="sky_2"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="tile_name" value="sky_3"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="tile_name" value="city_north_1[0,0]"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="tile_name" value="city_north_1[1,0]"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="tile_name" value="city_north_1[2,0]"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="tile_name" value="city_north_1[3,0]"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="tile_name" value="city_north_1[4,0]"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="tile_name" value="city_north_1[5,0]"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="tile_name" value="city_north_1[6,0]"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="tile_name" value="city_north_1[7,0]"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="tile_name" value="city_north_1[8,0]"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="tile_name" value="city_north_1[9,0]"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="tile_name" value="city_north_1[10,0]"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="tile_name" value="city_north_1[11,0]"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="tile_name" value="city_north_1[12,0]"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="tile_name" value="city_north_1[13,0]"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="tile_name" value="city_north_1[14,0]"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="tile_name" value="city_north_1[15,0]"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="tile_name" value="city_north_1[0,1]"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="tile_name" value="city_north_1[1,1]"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="tile_name" value="city_north_1[2,1]"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="tile_name" value="city_north_1[3,1]"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="tile_name" value="city_north_1[4,1]"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="tile_name" value="city_north_1[5,1]"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="tile_name" value="city_north_1[6,1]"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="tile_name" value="city_north_1[7,1]"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="tile_name" value="city_north_1[8,1]"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="tile_name" value="city_north_1[9,1]"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="tile_name" value="city_north_1[10,1]"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="tile_name" value="city_north_1[11,1]"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="tile_name" value="city_north_1[12,1]"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="tile_name" value="city_north_1[13,1]"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="tile_name" value="city_north_1[14,1]"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="tile_name" value="city_north_1[15,1]"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="tile_name" value="city_north_1[0,2]"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="tile_name" value="city_north_1[1,2]"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="tile_name" value="city_north_1[2,2]"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="tile_name" value="city_north_1[3,2]"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="tile_name" value="city_north_1[4,2]"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="tile_name" value="city_north_1[5,2]"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="tile_name" value="city_north_1[6,2]"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="tile_name" value="city_north_1[7,2]"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="tile_name" value="city_north_1[8,2]"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="tile_name" value="city_north_1[9,2]"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="tile_name" value="city_north_1[10,2]"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="tile_name" value="city_north_1[11,2]"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="tile_name" value="city_north_1[12,2]"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="tile_name" value="city_north_1[13,2]"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="tile_name" value="city_north_1[14,2]"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="tile_name" value="city_north_1[15,2]"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="tile_name" value="city_north_2[0,0]"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="tile_name" value="city_north_2[1,0]"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="tile_name" value="city_north_2[2,0]"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="tile_name" value="city_north_2[3,0]"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="tile_name" value="city_north_2[4,0]"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="tile_name" value="city_north_2[5,0]"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="tile_name" value="city_north_2[6,0]"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="tile_name" value="city_north_2[7,0]"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="tile_name" value="city_north_2[8,0]"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="tile_name" value="city_north_2[9,0]"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="tile_name" value="city_north_2[10,0]"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="tile_name" value="city_north_2[11,0]"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="tile_name" value="city_north_2[12,0]"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="tile_name" value="city_north_2[13,0]"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="tile_name" value="city_north_2[14,0]"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="tile_name" value="city_north_2[15,0]"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="tile_name" value="city_north_2[0,1]"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="tile_name" value="city_north_2[1,1]"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="tile_name" value="city_north_2[2,1]"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="tile_name" value="city_north_2[3,1]"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="tile_name" value="city_north_2[4,1]"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="tile_name" value="city_north_2[5,1]"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="tile_name" value="city_north_2[6,1]"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="tile_name" value="city_north_2[7,1]"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="tile_name" value="city_north_2[8,1]"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="tile_name" value="city_north_2[9,1]"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="tile_name" value="city_north_2[10,1]"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="tile_name" value="city_north_2[11,1]"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="tile_name" value="city_north_2[12,1]"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="tile_name" value="city_north_2[13,1]"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="tile_name" value="city_north_2[14,1]"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="tile_name" value="city_north_2[15,1]"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="tile_name" value="city_north_2[0,2]"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="tile_name" value="city_north_2[1,2]"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="tile_name" value="city_north_2[2,2]"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="tile_name" value="city_north_2[3,2]"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="tile_name" value="city_north_2[4,2]"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="tile_name" value="city_north_2[5,2]"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="tile_name" value="city_north_2[6,2]"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="tile_name" value="city_north_2[7,2]"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="tile_name" value="city_north_2[8,2]"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="tile_name" value="city_north_2[9,2]"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="tile_name" value="city_north_2[10,2]"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="tile_name" value="city_north_2[11,2]"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="tile_name" value="city_north_2[12,2]"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="tile_name" value="city_north_2[13,2]"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="tile_name" value="city_north_2[14,2]"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="tile_name" value="city_north_2[15,2]"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="tile_name" value="city_north_3[0,0]"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="tile_name" value="city_north_3[1,0]"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="tile_name" value="city_north_3[2,0]"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="tile_name" value="city_north_3[3,0]"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="tile_name" value="city_north_3[4,0]"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="tile_name" value="city_north_3[5,0]"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="tile_name" value="city_north_3[6,0]"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="tile_name" value="city_north_3[7,0]"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="tile_name" value="city_north_3[8,0]"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="tile_name" value="city_north_3[9,0]"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="tile_name" value="city_north_3[10,0]"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="tile_name" value="city_north_3[11,0]"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="tile_name" value="city_north_3[0,1]"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="tile_name" value="city_north_3[1,1]"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="tile_name" value="city_north_3[2,1]"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="tile_name" value="city_north_3[3,1]"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="tile_name" value="city_north_3[4,1]"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="tile_name" value="city_north_3[5,1]"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="tile_name" value="city_north_3[6,1]"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="tile_name" value="city_north_3[7,1]"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="tile_name" value="city_north_3[8,1]"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="tile_name" value="city_north_3[9,1]"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="tile_name" value="city_north_3[10,1]"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="tile_name" value="city_north_3[11,1]"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="tile_name" value="city_north_3[0,2]"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="tile_name" value="city_north_3[1,2]"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="tile_name" value="city_north_3[2,2]"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="tile_name" value="city_north_3[3,2]"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="tile_name" value="city_north_3[4,2]"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="tile_name" value="city_north_3[5,2]"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="tile_name" value="city_north_3[6,2]"/>
  </properties>
 </tile>
 <tile id="199">
  <properties>
   <property name="tile_name" value="city_north_3[7,2]"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="tile_name" value="city_north_3[8,2]"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="tile_name" value="city_north_3[9,2]"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="tile_name" value="city_north_3[10,2]"/>
  </properties>
 </tile>
 <tile id="203">
  <properties>
   <property name="tile_name" value="city_north_3[11,2]"/>
  </properties>
 </tile>
 <tile id="208">
  <properties>
   <property name="tile_name" value="city_south_1[0,0]"/>
  </properties>
 </tile>
 <tile id="209">
  <properties>
   <property name="tile_name" value="city_south_1[1,0]"/>
  </properties>
 </tile>
 <tile id="210">
  <properties>
   <property name="tile_name" value="city_south_1[2,0]"/>
  </properties>
 </tile>
 <tile id="211">
  <properties>
   <property name="tile_name" value="city_south_1[3,0]"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="tile_name" value="city_south_1[4,0]"/>
  </properties>
 </tile>
 <tile id="213">
  <properties>
   <property name="tile_name" value="city_south_1[5,0]"/>
  </properties>
 </tile>
 <tile id="214">
  <properties>
   <property name="tile_name" value="city_south_1[6,0]"/>
  </properties>
 </tile>
 <tile id="215">
  <properties>
   <property name="tile_name" value="city_south_1[7,0]"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="tile_name" value="city_south_1[8,0]"/>
  </properties>
 </tile>
 <tile id="217">
  <properties>
   <property name="tile_name" value="city_south_1[9,0]"/>
  </properties>
 </tile>
 <tile id="218">
  <properties>
   <property name="tile_name" value="city_south_1[10,0]"/>
  </properties>
 </tile>
 <tile id="219">
  <properties>
   <property name="tile_name" value="city_south_1[11,0]"/>
  </properties>
 </tile>
 <tile id="220">
  <properties>
   <property name="tile_name" value="city_south_1[12,0]"/>
  </properties>
 </tile>
 <tile id="221">
  <properties>
   <property name="tile_name" value="city_south_1[13,0]"/>
  </properties>
 </tile>
 <tile id="222">
  <properties>
   <property name="tile_name" value="city_south_1[14,0]"/>
  </properties>
 </tile>
 <tile id="223">
  <properties>
   <property name="tile_name" value="city_south_1[15,0]"/>
  </properties>
 </tile>
 <tile id="224">
  <properties>
   <property name="tile_name" value="city_south_1[0,1]"/>
  </properties>
 </tile>
 <tile id="225">
  <properties>
   <property name="tile_name" value="city_south_1[1,1]"/>
  </properties>
 </tile>
 <tile id="226">
  <properties>
   <property name="tile_name" value="city_south_1[2,1]"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="tile_name" value="city_south_1[3,1]"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="tile_name" value="city_south_1[4,1]"/>
  </properties>
 </tile>
 <tile id="229">
  <properties>
   <property name="tile_name" value="city_south_1[5,1]"/>
  </properties>
 </tile>
 <tile id="230">
  <properties>
   <property name="tile_name" value="city_south_1[6,1]"/>
  </properties>
 </tile>
 <tile id="231">
  <properties>
   <property name="tile_name" value="city_south_1[7,1]"/>
  </properties>
 </tile>
 <tile id="232">
  <properties>
   <property name="tile_name" value="city_south_1[8,1]"/>
  </properties>
 </tile>
 <tile id="233">
  <properties>
   <property name="tile_name" value="city_south_1[9,1]"/>
  </properties>
 </tile>
 <tile id="234">
  <properties>
   <property name="tile_name" value="city_south_1[10,1]"/>
  </properties>
 </tile>
 <tile id="235">
  <properties>
   <property name="tile_name" value="city_south_1[11,1]"/>
  </properties>
 </tile>
 <tile id="236">
  <properties>
   <property name="tile_name" value="city_south_1[12,1]"/>
  </properties>
 </tile>
 <tile id="237">
  <properties>
   <property name="tile_name" value="city_south_1[13,1]"/>
  </properties>
 </tile>
 <tile id="238">
  <properties>
   <property name="tile_name" value="city_south_1[14,1]"/>
  </properties>
 </tile>
 <tile id="239">
  <properties>
   <property name="tile_name" value="city_south_1[15,1]"/>
  </properties>
 </tile>
 <tile id="240">
  <properties>
   <property name="tile_name" value="city_south_2[0,0]"/>
  </properties>
 </tile>
 <tile id="241">
  <properties>
   <property name="tile_name" value="city_south_2[1,0]"/>
  </properties>
 </tile>
 <tile id="242">
  <properties>
   <property name="tile_name" value="city_south_2[2,0]"/>
  </properties>
 </tile>
 <tile id="243">
  <properties>
   <property name="tile_name" value="city_south_2[3,0]"/>
  </properties>
 </tile>
 <tile id="244">
  <properties>
   <property name="tile_name" value="city_south_2[4,0]"/>
  </properties>
 </tile>
 <tile id="245">
  <properties>
   <property name="tile_name" value="city_south_2[5,0]"/>
  </properties>
 </tile>
 <tile id="246">
  <properties>
   <property name="tile_name" value="city_south_2[6,0]"/>
  </properties>
 </tile>
 <tile id="247">
  <properties>
   <property name="tile_name" value="city_south_2[7,0]"/>
  </properties>
 </tile>
 <tile id="248">
  <properties>
   <property name="tile_name" value="city_south_2[8,0]"/>
  </properties>
 </tile>
 <tile id="249">
  <properties>
   <property name="tile_name" value="city_south_2[9,0]"/>
  </properties>
 </tile>
 <tile id="250">
  <properties>
   <property name="tile_name" value="city_south_2[10,0]"/>
  </properties>
 </tile>
 <tile id="251">
  <properties>
   <property name="tile_name" value="city_south_2[11,0]"/>
  </properties>
 </tile>
 <tile id="252">
  <properties>
   <property name="tile_name" value="city_south_2[12,0]"/>
  </properties>
 </tile>
 <tile id="253">
  <properties>
   <property name="tile_name" value="city_south_2[13,0]"/>
  </properties>
 </tile>
 <tile id="254">
  <properties>
   <property name="tile_name" value="city_south_2[14,0]"/>
  </properties>
 </tile>
 <tile id="255">
  <properties>
   <property name="tile_name" value="city_south_2[15,0]"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="tile_name" value="city_south_2[0,1]"/>
  </properties>
 </tile>
 <tile id="257">
  <properties>
   <property name="tile_name" value="city_south_2[1,1]"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="tile_name" value="city_south_2[2,1]"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="tile_name" value="city_south_2[3,1]"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="tile_name" value="city_south_2[4,1]"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="tile_name" value="city_south_2[5,1]"/>
  </properties>
 </tile>
 <tile id="262">
  <properties>
   <property name="tile_name" value="city_south_2[6,1]"/>
  </properties>
 </tile>
 <tile id="263">
  <properties>
   <property name="tile_name" value="city_south_2[7,1]"/>
  </properties>
 </tile>
 <tile id="264">
  <properties>
   <property name="tile_name" value="city_south_2[8,1]"/>
  </properties>
 </tile>
 <tile id="265">
  <properties>
   <property name="tile_name" value="city_south_2[9,1]"/>
  </properties>
 </tile>
 <tile id="266">
  <properties>
   <property name="tile_name" value="city_south_2[10,1]"/>
  </properties>
 </tile>
 <tile id="267">
  <properties>
   <property name="tile_name" value="city_south_2[11,1]"/>
  </properties>
 </tile>
 <tile id="268">
  <properties>
   <property name="tile_name" value="city_south_2[12,1]"/>
  </properties>
 </tile>
 <tile id="269">
  <properties>
   <property name="tile_name" value="city_south_2[13,1]"/>
  </properties>
 </tile>
 <tile id="270">
  <properties>
   <property name="tile_name" value="city_south_2[14,1]"/>
  </properties>
 </tile>
 <tile id="271">
  <properties>
   <property name="tile_name" value="city_south_2[15,1]"/>
  </properties>
 </tile>
 <tile id="272">
  <properties>
   <property name="tile_name" value="city_south_3[0,0]"/>
  </properties>
 </tile>
 <tile id="273">
  <properties>
   <property name="tile_name" value="city_south_3[1,0]"/>
  </properties>
 </tile>
 <tile id="274">
  <properties>
   <property name="tile_name" value="city_south_3[2,0]"/>
  </properties>
 </tile>
 <tile id="275">
  <properties>
   <property name="tile_name" value="city_south_3[3,0]"/>
  </properties>
 </tile>
 <tile id="276">
  <properties>
   <property name="tile_name" value="city_south_3[4,0]"/>
  </properties>
 </tile>
 <tile id="277">
  <properties>
   <property name="tile_name" value="city_south_3[5,0]"/>
  </properties>
 </tile>
 <tile id="278">
  <properties>
   <property name="tile_name" value="city_south_3[6,0]"/>
  </properties>
 </tile>
 <tile id="279">
  <properties>
   <property name="tile_name" value="city_south_3[7,0]"/>
  </properties>
 </tile>
 <tile id="280">
  <properties>
   <property name="tile_name" value="city_south_3[8,0]"/>
  </properties>
 </tile>
 <tile id="281">
  <properties>
   <property name="tile_name" value="city_south_3[9,0]"/>
  </properties>
 </tile>
 <tile id="282">
  <properties>
   <property name="tile_name" value="city_south_3[10,0]"/>
  </properties>
 </tile>
 <tile id="283">
  <properties>
   <property name="tile_name" value="city_south_3[11,0]"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="tile_name" value="city_south_3[0,1]"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="tile_name" value="city_south_3[1,1]"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="tile_name" value="city_south_3[2,1]"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="tile_name" value="city_south_3[3,1]"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="tile_name" value="city_south_3[4,1]"/>
  </properties>
 </tile>
 <tile id="293">
  <properties>
   <property name="tile_name" value="city_south_3[5,1]"/>
  </properties>
 </tile>
 <tile id="294">
  <properties>
   <property name="tile_name" value="city_south_3[6,1]"/>
  </properties>
 </tile>
 <tile id="295">
  <properties>
   <property name="tile_name" value="city_south_3[7,1]"/>
  </properties>
 </tile>
 <tile id="296">
  <properties>
   <property name="tile_name" value="city_south_3[8,1]"/>
  </properties>
 </tile>
 <tile id="297">
  <properties>
   <property name="tile_name" value="city_south_3[9,1]"/>
  </properties>
 </tile>
 <tile id="298">
  <properties>
   <property name="tile_name" value="city_south_3[10,1]"/>
  </properties>
 </tile>
 <tile id="299">
  <properties>
   <property name="tile_name" value="city_south_3[11,1]"/>
  </properties>
 </tile>
 <tile id="284">
  <properties>
   <property name="tile_name" value="water_tower[0,0]"/>
  </properties>
 </tile>
 <tile id="285">
  <properties>
   <property name="tile_name" value="water_tower[1,0]"/>
  </properties>
 </tile>
 <tile id="286">
  <properties>
   <property name="tile_name" value="water_tower[2,0]"/>
  </properties>
 </tile>
 <tile id="300">
  <properties>
   <property name="tile_name" value="water_tower[0,1]"/>
  </properties>
 </tile>
 <tile id="301">
  <properties>
   <property name="tile_name" value="water_tower[1,1]"/>
  </properties>
 </tile>
 <tile id="302">
  <properties>
   <property name="tile_name" value="water_tower[2,1]"/>
  </properties>
 </tile>
 <tile id="316">
  <properties>
   <property name="tile_name" value="water_tower[0,2]"/>
  </properties>
 </tile>
 <tile id="317">
  <properties>
   <property name="tile_name" value="water_tower[1,2]"/>
  </properties>
 </tile>
 <tile id="318">
  <properties>
   <property name="tile_name" value="water_tower[2,2]"/>
  </properties>
 </tile>
 <tile id="332">
  <properties>
   <property name="tile_name" value="water_tower[0,3]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="6" y="2" width="10" height="12"/>
  </objectgroup>
 </tile>
 <tile id="333">
  <properties>
   <property name="tile_name" value="water_tower[1,3]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="334">
  <properties>
   <property name="tile_name" value="water_tower[2,3]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="10" height="12"/>
  </objectgroup>
 </tile>
 <tile id="172">
  <properties>
   <property name="tile_name" value="skylight[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="173">
  <properties>
   <property name="tile_name" value="skylight[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="188">
  <properties>
   <property name="tile_name" value="skylight[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="189">
  <properties>
   <property name="tile_name" value="skylight[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="174">
  <properties>
   <property name="tile_name" value="chimney[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="14" width="12" height="2"/>
  </objectgroup>
 </tile>
 <tile id="190">
  <properties>
   <property name="tile_name" value="chimney[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="12" height="16"/>
  </objectgroup>
 </tile>
 <tile id="50">
  <properties>
   <property name="tile_name" value="vent"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="8" width="6" height="8"/>
  </objectgroup>
  <animation>
   <frame tileid="50" duration="600"/>
   <frame tileid="51" duration="300"/>
   <frame tileid="52" duration="300"/>
  </animation>
 </tile>
 <tile id="53">
  <properties>
   <property name="tile_name" value="ac_unit[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
  <animation>
   <frame tileid="53" duration="70"/>
   <frame tileid="55" duration="70"/>
   <frame tileid="57" duration="70"/>
   <frame tileid="59" duration="70"/>
  </animation>
 </tile>
 <tile id="54">
  <properties>
   <property name="tile_name" value="ac_unit[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
  <animation>
   <frame tileid="54" duration="70"/>
   <frame tileid="56" duration="70"/>
   <frame tileid="58" duration="70"/>
   <frame tileid="60" duration="70"/>
  </animation>
 </tile>
 <tile id="304">
  <properties>
   <property name="tile_name" value="access_hut[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="305">
  <properties>
   <property name="tile_name" value="access_hut[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="306">
  <properties>
   <property name="tile_name" value="access_hut[2,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="16" height="8"/>
  </objectgroup>
 </tile>
 <tile id="320">
  <properties>
   <property name="tile_name" value="access_hut[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="321">
  <properties>
   <property name="tile_name" value="access_hut[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="322">
  <properties>
   <property name="tile_name" value="access_hut[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="336">
  <properties>
   <property name="tile_name" value="access_hut[0,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="337">
  <properties>
   <property name="tile_name" value="access_hut[1,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="338">
  <properties>
   <property name="tile_name" value="access_hut[2,2]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="307">
  <properties>
   <property name="tile_name" value="landing_mark[0,0]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="308">
  <properties>
   <property name="tile_name" value="landing_mark[1,0]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="323">
  <properties>
   <property name="tile_name" value="landing_mark[0,1]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="324">
  <properties>
   <property name="tile_name" value="landing_mark[1,1]"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="tile_name" value="mark_x"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="tile_name" value="mark_x2"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="tile_name" value="mark_t"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="tile_name" value="mark_h"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="tile_name" value="mark_v"/>
  </properties>
 </tile>
 <tile id="287">
  <properties>
   <property name="tile_name" value="photo_light[0,0]"/>
  </properties>
  <animation>
   <frame tileid="287" duration="2200"/>
   <frame tileid="309" duration="80"/>
   <frame tileid="310" duration="900"/>
  </animation>
 </tile>
 <tile id="303">
  <properties>
   <property name="tile_name" value="photo_light[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="10" width="11" height="6"/>
  </objectgroup>
  <animation>
   <frame tileid="303" duration="2200"/>
   <frame tileid="325" duration="80"/>
   <frame tileid="326" duration="900"/>
  </animation>
 </tile>
</tileset>
